using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ChinaLabour.Compliance.Spreadsheets;
using FluentAssertions;
using Xunit;

namespace Compliance.Spreadsheets.Tests;

/// <summary>
/// The order check reads one column as text and the others only as blank or not (<see cref="CsvRecordReader"/> with
/// a column): it must see the same records, numbers, cell counts, faults and key text as a full read; and a full read
/// must give each cell whole wherever the 32 KiB blocks it reads happen to cut it.
/// </summary>
public sealed class CsvKeyColumnTests
{
    [Fact]
    public void Reading_one_column_agrees_with_reading_all_on_damaged_text()
    {
        // Seeded, so a failure repeats; small limits, so that records reach them.
        const string alphabet = "a甲 \t\u3000,,,\"\"\r\n\n";
        var random = new Random(18);
        for (var i = 0; i < 20_000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            foreach (var column in new[] { 0, 1, 3 })
            {
                Read(text, column, 6, 25).Should().Equal(Read(text, -1, 6, 25).Select(r => Blanked(r, column)), "the text was {0}", Escaped(text));
            }
        }
    }

    [Fact]
    public void A_full_read_gives_each_cell_whole_across_block_boundaries()
    {
        var random = new Random(18);
        var rows = new List<string[]>();
        var csv = new StringBuilder();
        while (csv.Length < 200_000)
        {
            var row = Enumerable.Range(0, 4).Select(_ => Cell(random)).ToArray();
            rows.Add(row);
            csv.Append(string.Join(',', row.Select(c => c.Contains('"') || c.Contains(',') || c.Contains('\n') ? "\"" + c.Replace("\"", "\"\"") + "\"" : c)));
            csv.Append(random.Next(2) == 0 ? "\n" : "\r\n");
        }

        var read = Read(csv.ToString(), -1, 10_000, 100_000);
        read.Select(r => r.Fault).Should().AllSatisfy(f => f.Should().BeNull());
        read.Select(r => r.Cells).Should().Equal(rows.Select(r => string.Join('|', r)));
        Read(csv.ToString(), 2, 10_000, 100_000).Select(r => r.Cells.Split('|')[2]).Should().Equal(rows.Select(r => r[2]));
    }

    [Fact]
    public void An_unclosed_quote_ends_both_reads_the_same()
    {
        const string text = "a,b\nc,\"d\ne,f\n";
        Read(text, 0, 100, 100).Should().Equal(Read(text, -1, 100, 100).Select(r => Blanked(r, 0))).And.HaveCount(2).And.EndWith((2, -1, null, "1: " + ImportMessages.UnclosedQuote(2, 3)));
    }

    private static string Cell(Random random) => random.Next(6) switch
    {
        0 => string.Empty,
        1 => new string('x', random.Next(1, 3000)),
        2 => "甲\"乙,丙\n丁" + new string('y', random.Next(0, 500)),
        _ => "E" + random.Next(100_000),
    };

    /// <summary>A full read's row as a one-column read should give it: the other cells only blank or not.</summary>
    private static (int Number, int Count, RowFault? Fault, string Cells) Blanked((int Number, int Count, RowFault? Fault, string Cells) row, int column) =>
        row.Count < 0 ? row : row with
        {
            Cells = string.Join('|', row.Cells.Split('|').Select((c, i) => i == column ? c : string.IsNullOrWhiteSpace(c) ? string.Empty : CsvRecordReader.NotRead)),
        };

    private static List<(int Number, int Count, RowFault? Fault, string Cells)> Read(string text, int column, int maxCell, int maxRow)
    {
        var reader = new CsvRecordReader(new StringReader(text), maxCell, maxRow, column);
        var rows = new List<(int, int, RowFault?, string)>();
        try
        {
            while (reader.Next() is { } row)
            {
                rows.Add((row.Number, row.Cells.Length, row.Fault, string.Join('|', row.Cells.Select(c => (string)c!))));
            }
        }
        catch (TableReadException e) when (maxRow < 1000)
        {
            // Damaged text may leave a quote open; the end of the read is then the exception, with its position.
            rows.Add((e.Row, -1, null, e.Column + ": " + e.Message));
        }

        return rows;
    }

    private static string Escaped(string text) => string.Concat(text.Select(c => c < 128 && !char.IsControl(c) ? c.ToString() : $"\\u{(int)c:X4}"));
}
