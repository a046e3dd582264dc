using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ChinaLabour.Compliance.Reports;
using FluentAssertions;
using Xunit;

namespace Compliance.Reports.Tests;

public sealed class CsvReaderTests : IDisposable
{
    private const string Tricky = "\uFEFFa,b,c\r\n1,\"x, \"\"y\"\"\r\nz\",3\n\"q\"tail,,\r\r\"\"\"\"\"\",中文，（全角）\r\nlast,";

    private static readonly string[][] s_trickyRecords =
    [
        ["a", "b", "c"],
        ["1", "x, \"y\"\r\nz", "3"],
        ["qtail", "", ""],
        [""],
        ["\"\"", "中文，（全角）"],
        ["last", ""],
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("reports-csv-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private List<string[]> Records(string text, int bufferSize = 1 << 20) => Records(Encoding.UTF8.GetBytes(text), bufferSize);

    private List<string[]> Records(byte[] bytes, int bufferSize = 1 << 20)
    {
        var path = Path.Combine(_folder, "table.csv");
        File.WriteAllBytes(path, bytes);
        using var csv = new CsvReader(path, bufferSize);
        var records = new List<string[]>();
        while (csv.Read())
        {
            records.Add([.. Enumerable.Range(0, csv.Count).Select(i => Encoding.UTF8.GetString(csv[i]))]);
        }

        csv.Read().Should().BeFalse("the end of the file stays the end");
        return records;
    }

    [Fact]
    public void Quotes_doubled_quotes_line_breaks_and_every_line_end_read_as_rfc_4180_says()
    {
        Records(Tricky).Should().BeEquivalentTo(s_trickyRecords, o => o.WithStrictOrdering());
    }

    [Fact]
    public void A_record_cut_anywhere_by_the_buffer_reads_the_same_and_one_longer_than_the_buffer_grows_it()
    {
        for (var size = 4; size <= 48; size++)
        {
            Records(Tricky, size).Should().BeEquivalentTo(s_trickyRecords, o => o.WithStrictOrdering(), $"a buffer of {size} bytes");
        }
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("\uFEFF", 0)]
    [InlineData("\n", 1)]
    [InlineData("a\r\n", 1)]
    [InlineData("a\r\nb", 2)]
    public void Empty_files_have_no_record_and_a_final_line_end_adds_none(string text, int records)
    {
        Records(text).Should().HaveCount(records);
    }

    [Fact]
    public void An_unclosed_quote_runs_to_the_end_of_the_file_and_a_quote_inside_a_plain_field_is_kept()
    {
        Records("a,\"b\nc,\"\"d").Should().BeEquivalentTo(new[] { new[] { "a", "b\nc,\"d" } }, o => o.WithStrictOrdering());
        Records("a\"b,\"c\"").Should().BeEquivalentTo(new[] { new[] { "a\"b", "c" } }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_handed_on_as_they_are()
    {
        var path = Path.Combine(_folder, "bad.csv");
        File.WriteAllBytes(path, [(byte)'a', 0xFF, (byte)',', 0xC3]);
        using var csv = new CsvReader(path);

        csv.Read().Should().BeTrue();

        csv.Count.Should().Be(2);
        csv[0].ToArray().Should().Equal((byte)'a', 0xFF);
        csv[1].ToArray().Should().Equal(0xC3);
    }
}
