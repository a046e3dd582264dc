using System.IO;
using System.Linq;
using System.Text;
using ChinaLabour.Compliance.Spreadsheets;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Spreadsheets.Tests;

public sealed class CsvEncodingTests
{
    private const string Workers = "企业编号,人员编号,用工形式,劳务派遣单位\nE1,W1,劳务派遣,山西省示例人力资源有限公司\n";

    private static string Agency(TempTables tables, SpreadsheetOptions? options = null) =>
        SpreadsheetBatchTests.Read(tables.Folder, options).Employers.Single().Snapshot!.Workers!.Single().Agency!;

    [Fact]
    public void Gb18030_without_a_mark_is_detected()
    {
        using var tables = new TempTables().Csv("employers.csv", "企业编号\nE1\n").Csv("workers.csv", Workers, TempTables.Gb18030);

        Agency(tables).Should().Be("山西省示例人力资源有限公司");
    }

    [Fact]
    public void Utf8_with_and_without_a_byte_order_mark_reads_alike()
    {
        using var marked = new TempTables().Csv("employers.csv", "企业编号\nE1\n", bom: true).Csv("workers.csv", Workers, bom: true);
        using var plain = new TempTables().Csv("employers.csv", "企业编号\nE1\n").Csv("workers.csv", Workers);

        Agency(marked).Should().Be("山西省示例人力资源有限公司");
        Agency(plain).Should().Be("山西省示例人力资源有限公司");
    }

    [Fact]
    public void Gb18030_text_after_a_long_ascii_start_is_still_detected()
    {
        // A sample of the first kilobytes would see only ASCII and guess UTF-8; the whole file decides.
        var padding = string.Concat(Enumerable.Range(0, 5000).Select(i => $"E1,A{i:D5},dispatched,x\n"));
        using var tables = new TempTables().Csv("employers.csv", "employerId\nE1\n")
            .Csv("workers.csv", "employerId,workerId,form,agency\n" + padding + "E1,W1,劳务派遣,山西省示例人力资源有限公司\n", TempTables.Gb18030);

        var workers = SpreadsheetBatchTests.Read(tables.Folder).Employers.Single().Snapshot!.Workers!;

        workers[^1].Agency.Should().Be("山西省示例人力资源有限公司");
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    [InlineData(-1, false)]
    [InlineData(-2, false)]
    [InlineData(-3, false)]
    public void A_character_cut_by_a_block_is_carried_and_one_cut_by_the_end_of_the_file_is_not_utf8(int shift, bool utf8)
    {
        // A four-byte character at each offset across the first 64 KiB block's end; or, cut short by 1-3 bytes, at the file's end.
        var character = Encoding.UTF8.GetBytes("\U0001F600");
        byte[] bytes = shift >= 0
            ? [.. Enumerable.Repeat((byte)'a', (1 << 16) - shift), .. character, .. "甲\n"u8]
            : [.. Enumerable.Repeat((byte)'a', 100_000), .. character[..(4 + shift)]];
        var path = Path.Combine(Path.GetTempPath(), Path.GetRandomFileName());
        File.WriteAllBytes(path, bytes);
        try
        {
            CsvEncoding.Detect(path).Should().BeSameAs(utf8 ? CsvEncoding.Utf8 : CsvEncoding.Gb18030);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Utf8_longer_than_a_read_buffer_with_characters_across_its_edges_is_utf8()
    {
        // Three-byte characters after a one-byte offset straddle every 64 KiB boundary of the detection reads.
        var rows = string.Concat(Enumerable.Range(0, 20000).Select(i => $"E1,W{i:D5},劳务派遣,山西省示例人力资源有限公司\n"));
        using var tables = new TempTables().Csv("employers.csv", "employerId\nE1\n").Csv("workers.csv", "employerId,workerId,form,agency\n" + rows);

        var (opened, employers) = SpreadsheetBatchTests.Read(tables.Folder);

        opened.Problems.Should().BeEmpty();
        employers.Single().Snapshot!.Workers!.Should().HaveCount(20000).And.OnlyContain(w => w.Agency == "山西省示例人力资源有限公司");
    }

    [Fact]
    public void A_named_encoding_overrides_detection_and_bytes_it_cannot_read_refuse_the_batch_with_the_file()
    {
        using var tables = new TempTables().Csv("employers.csv", "employerId\nE1\n").Csv("workers.csv", Workers, TempTables.Gb18030);

        var forced = SpreadsheetBatchTests.Read(tables.Folder, new SpreadsheetOptions { Encoding = SpreadsheetOptions.EncodingNamed("utf-8") });

        forced.Opened.Success.Should().BeFalse();
        forced.Opened.Problems.Should().ContainSingle().Which.Should().Match<ImportProblem>(p =>
            p.Source == "workers.csv" && p.Consequence == ImportConsequence.BatchRefused && p.Message.Contains("--encoding", System.StringComparison.Ordinal));
        Agency(tables, new SpreadsheetOptions { Encoding = SpreadsheetOptions.EncodingNamed("GB18030") }).Should().Be("山西省示例人力资源有限公司");
    }

    [Fact]
    public void Encoding_names_are_resolved_or_refused()
    {
        SpreadsheetOptions.EncodingNamed("gbk").Should().NotBeNull();
        SpreadsheetOptions.EncodingNamed("UTF8")!.WebName.Should().Be("utf-8");
        SpreadsheetOptions.EncodingNamed("klingon").Should().BeNull();
    }

    [Fact]
    public void Quoted_fields_keep_commas_quotes_and_line_breaks_and_rows_keep_their_line_numbers()
    {
        using var tables = new TempTables().Csv("employers.csv", "employerId,name\r\nE1,\"甲,\"\"有限\"\"\r\n公司\"\r\nE2,乙\r\n");

        var employers = SpreadsheetBatchTests.Read(tables.Folder).Employers;

        employers.Select(e => (e.Row, e.Snapshot!.Enterprise.Name)).Should().Equal((2, "甲,\"有限\"\n公司"), (4, "乙"));
    }

    [Fact]
    public void Strict_utf8_is_what_detection_returns()
    {
        var encoding = SpreadsheetOptions.EncodingNamed("utf-8")!;

        encoding.DecoderFallback.Should().BeOfType<DecoderExceptionFallback>();
    }
}
