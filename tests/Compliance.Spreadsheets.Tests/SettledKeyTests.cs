using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ChinaLabour.Compliance.Spreadsheets;
using Compliance.Tests.Support;
using FluentAssertions;
using Xunit;

namespace Compliance.Spreadsheets.Tests;

/// <summary>
/// The order check lets the byte scanner pass over rows that repeat the employer it is reading
/// (<see cref="SettledKey"/>). Passing over must change nothing the check finds: opening a UTF-8 batch must give the
/// problems, positions and outcome that opening the same text read by the character reader gives, which reads every
/// row (the text is ASCII, so reading it as GB18030 reads the same characters without the scanner).
/// </summary>
public sealed class SettledKeyTests
{
    private const string Employers = "employerId,name\nE1,a\nE2,b\nE3,c\n";

    /// <summary>Rows a nested table may hold: repeats, and the rows next to them that a repeat must not hide.</summary>
    private static readonly string[] s_rows =
    [
        "{0},W,x", "{0},W,x", "{0},W,x", "{0},W,", "{0},W,x,", "{0},W,x,extra", "{0}", "{0},", " {0},W,x", "\"{0}\",W,x",
        "{0},\"W\",x", "{0},W,xxxxxxxxxxxxxxxxxxxx", "E9,W,x", ",W,x", "", "  ", "{0},W,\"x", "{0},W,x\"y",
    ];

    [Fact]
    public void Opening_finds_what_reading_every_row_finds()
    {
        // Seeded, so a failure repeats; a small cell limit, so that a repeated row can pass it.
        var random = new Random(18);
        for (var i = 0; i < 1_500; i++)
        {
            var keyFirst = random.Next(3) > 0;
            var header = random.Next(4) switch
            {
                0 => "employerId,workerId,,form",
                _ => keyFirst ? "employerId,workerId,form" : "workerId,employerId,form",
            };
            var text = new StringBuilder(header).Append(LineBreak(random));
            var key = 1;
            for (var row = random.Next(1, 14); row > 0; row--)
            {
                key = Math.Min(3, key + (random.Next(5) == 0 ? 1 : 0)) - (random.Next(20) == 0 ? 1 : 0);
                var line = string.Format(System.Globalization.CultureInfo.InvariantCulture, s_rows[random.Next(s_rows.Length)], "E" + Math.Max(key, 1));
                if (!keyFirst && !header.Contains(",,", StringComparison.Ordinal) && random.Next(8) > 0)
                {
                    // The key in the second column: the first cell comes before it, but for rows too short to reach it.
                    line = line.Length == 0 ? line : "W," + line;
                }

                text.Append(line).Append(LineBreak(random));
            }

            var workers = text.ToString();
            Problems(workers, encoding: null).Should().Equal(Problems(workers, TempTables.Gb18030), "workers.csv was {0}", workers.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_row_after_one_refused_for_its_employer_is_read_and_refused_too()
    {
        // Unknown employers are reported row by row: the rows repeating one are not passed over.
        var problems = Problems("employerId,workerId\nE1,W1\nE1,W2\nE9,W3\nE9,W4\nE9,W5\nE2,W6\n", encoding: null);
        problems.Where(p => p.Contains("E9", StringComparison.Ordinal)).Should().HaveCount(3);
    }

    [Fact]
    public void A_repeated_row_that_is_not_UTF8_still_refuses_the_batch()
    {
        // With a byte-order mark, the file is taken for UTF-8 without being checked whole first, and the bad byte is
        // past what reading the header decodes: only the scanner can find it, in a row it would pass over.
        var repeats = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("E1,W2\n", 20_000)));
        using var tables = new TempTables().Csv("employers.csv", Employers)
            .Bytes("workers.csv", [0xEF, 0xBB, 0xBF, .. "employerId,workerId\nE1,W1\n"u8, .. repeats, .. "E1,W"u8, 0xFF, .. "\nE2,W4\n"u8]);
        var opened = SpreadsheetBatch.Open(tables.Folder);
        opened.Success.Should().BeFalse();
        opened.Problems.Should().ContainSingle(p => p.Consequence == ImportConsequence.BatchRefused)
            .Which.ToString().Should().StartWith("workers.csv: ").And.Contain("[FF]");
    }

    [Fact]
    public void Rows_passed_over_keep_the_line_numbers_of_the_rows_after_them()
    {
        // CRLF and LF mixed: a row handed out after a run passed over is numbered by its line.
        var problems = Problems("employerId,workerId\r\nE1,W1\r\nE1,W2\nE1,W3\r\nE1,W4\nE1,W5,extra\r\nE2,W6\nE2,W7\r\nE2,W8\nE3,W9,,,more\n", encoding: null);
        problems.Should().HaveCount(3).And.EndWith("opened: True");
        problems[0].Should().StartWith("workers.csv:6:3: ", "the first refused row is on line 6");
        problems[1].Should().StartWith("workers.csv:10:3: ", "the second refused row is on line 10");
    }

    [Fact]
    public void The_scanner_passes_over_only_what_the_caller_settled()
    {
        var bytes = Encoding.UTF8.GetBytes("E1,a\nE1,b\nE1,c\nE2,d\nE2,e\n");
        var settled = new SettledKey(maxCells: 2);
        var scanner = new Utf8KeyScanner(new MemoryStream(bytes), 100, 100, 0, settled: settled);
        var lines = new List<int>();
        while (scanner.Next() is { } row)
        {
            lines.Add(row.Number);

            // A caller that settles each key it is handed, as the order check does.
            settled.Key = (string)row.Cells[0]!;
        }

        lines.Should().Equal(1, 4);

        // Unsettled, every row is handed out.
        var all = new Utf8KeyScanner(new MemoryStream(bytes), 100, 100, 0, settled: new SettledKey(maxCells: 2));
        var count = 0;
        while (all.Next() is not null)
        {
            count++;
        }

        count.Should().Be(5);
    }

    private static string LineBreak(Random random) => random.Next(3) == 0 ? "\r\n" : "\n";

    private static List<string> Problems(string workers, Encoding? encoding)
    {
        // Written as given: CRLF stays CRLF.
        using var tables = new TempTables().Csv("employers.csv", Employers).Bytes("workers.csv", Encoding.UTF8.GetBytes(workers));
        var opened = SpreadsheetBatch.Open(tables.Folder, new SpreadsheetOptions { Encoding = encoding, MaxCellLength = 12 });
        return [.. opened.Problems.Select(p => p.ToString()), $"opened: {opened.Success}"];
    }
}
