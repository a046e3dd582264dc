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
/// The order check scans a UTF-8 file as bytes (<see cref="Utf8KeyScanner"/>) and hands what it cannot read plainly
/// to the character reader: the rows, numbers, cell counts, key text, faults and errors must be those of the character
/// reader reading the whole file, wherever the blocks cut the records; and a well-formed file must be scanned whole.
/// </summary>
public sealed class Utf8KeyScannerTests
{
    /// <summary>Pieces of damaged text: what shapes records, blanks that are not ASCII, a character of two UTF-16 units, and bytes that are not UTF-8.</summary>
    private static readonly byte[][] s_pieces =
    [
        .. new[] { "a", "E1", "甲", " ", "\t", "\u3000", "\u00A0", "\u0085", ",", ",", ",", "\"", "\"", "\r", "\n", "\n", "\U0001F600" }.Select(Encoding.UTF8.GetBytes),
        [0xFF],
        [0x80],
        [0xE7, 0x94],
    ];

    [Fact]
    public void Scanning_agrees_with_the_character_reader_on_damaged_bytes()
    {
        // Seeded, so a failure repeats; small limits and blocks, so that records reach and cross them.
        var random = new Random(18);
        for (var i = 0; i < 6_000; i++)
        {
            var bytes = Damaged(random);
            foreach (var column in new[] { 0, 1, 3 })
            {
                var expected = CharacterRead(bytes, column, 6, 25);
                foreach (var block in new[] { 4, 7, 64 })
                {
                    var actual = Scanned(bytes, column, 6, 25, block);
                    if (expected.Error is DecoderFallbackException)
                    {
                        // The character reader decodes a block ahead, so it may stop a few rows sooner: both stop, and
                        // agree on every row both gave.
                        actual.Error.Should().BeOfType<DecoderFallbackException>("the bytes were {0}", Convert.ToHexString(bytes));
                        var shared = Math.Min(actual.Rows.Count, expected.Rows.Count);
                        actual.Rows.Take(shared).Should().Equal(expected.Rows.Take(shared), "the bytes were {0}", Convert.ToHexString(bytes));
                    }
                    else
                    {
                        actual.Rows.Should().Equal(expected.Rows, "the bytes were {0} (block {1})", Convert.ToHexString(bytes), block);
                        actual.Error.Should().Be(expected.Error, "the bytes were {0}", Convert.ToHexString(bytes));
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData(16)]
    [InlineData(1_000)]
    [InlineData(65_536)]
    public void A_well_formed_file_is_scanned_to_its_end_without_handing_over(int block)
    {
        var bytes = WellFormed(new Random(18), 4_000, bom: true);
        var scanner = new Utf8KeyScanner(new MemoryStream(bytes), 10_000, 100_000, 2, block);
        var rows = new List<string>();
        while (scanner.Next() is { } row)
        {
            rows.Add(Describe(row));
        }

        scanner.HandOver.Should().BeNull();
        rows.Should().HaveCount(4_000).And.Equal(CharacterRead(bytes, 2, 10_000, 100_000).Rows);
    }

    [Fact]
    public void A_fault_late_in_the_file_is_read_by_the_character_reader_from_its_record()
    {
        var good = WellFormed(new Random(18), 3_000, bom: false);
        // Records end at \n, \r\n or \r; the quoted cells hold \n alone.
        var lines = System.Text.RegularExpressions.Regex.Count(Encoding.UTF8.GetString(good), "\r\n|\r|\n");
        byte[] bytes = [.. good, .. "E9,x\"y,z\r\n"u8, .. WellFormed(new Random(19), 50, bom: false)];

        var scanner = new Utf8KeyScanner(new MemoryStream(bytes), 10_000, 100_000, 0, 1_000);
        while (scanner.Next() is not null)
        {
        }

        scanner.HandOver.Should().Be(((long)good.Length, lines + 1));
        var expected = CharacterRead(bytes, 0, 10_000, 100_000);
        expected.Rows.Should().Contain(r => r.Contains(ImportMessages.StrayQuote(lines + 1, 5)));
        var actual = Scanned(bytes, 0, 10_000, 100_000, 1_000);
        actual.Rows.Should().Equal(expected.Rows);
        actual.Error.Should().BeNull();
        expected.Error.Should().BeNull();
    }

    [Fact]
    public void A_record_longer_in_bytes_than_the_limit_is_measured_in_characters_by_the_character_reader()
    {
        // Eight characters in 24 bytes: within a limit of ten characters, though not of ten bytes.
        var bytes = Encoding.UTF8.GetBytes("甲乙丙丁,戊己庚辛\nE1,b\n");
        var scanner = new Utf8KeyScanner(new MemoryStream(bytes), 10, 10, 0, 8);
        scanner.Next().Should().BeNull();
        scanner.HandOver.Should().Be((0L, 1));
        Scanned(bytes, 0, 10, 10, 8).Rows.Should().Equal("1 [甲乙丙丁|(not read)] ", "2 [E1|(not read)] ");
    }

    private static byte[] Damaged(Random random)
    {
        var bytes = new List<byte>();
        if (random.Next(8) == 0)
        {
            bytes.AddRange("\uFEFF"u8.ToArray());
        }

        for (var n = random.Next(0, 30); n > 0; n--)
        {
            bytes.AddRange(s_pieces[random.Next(s_pieces.Length)]);
        }

        return [.. bytes];
    }

    private static byte[] WellFormed(Random random, int records, bool bom)
    {
        var csv = new StringBuilder(bom ? "\uFEFF" : string.Empty);
        for (var i = 0; i < records; i++)
        {
            var cells = Enumerable.Range(0, 4).Select(_ => random.Next(7) switch
            {
                0 => string.Empty,
                1 => "\u3000 ",
                2 => "甲\"乙,丙\n丁" + new string('y', random.Next(0, 300)),
                3 => "张三\U0001F600",
                _ => "E" + random.Next(100),
            });
            csv.Append(string.Join(',', cells.Select(c => c.Contains('"') || c.Contains(',') || c.Contains('\n') || random.Next(5) == 0 ? "\"" + c.Replace("\"", "\"\"") + "\"" : c)));
            csv.Append(random.Next(3) switch { 0 => "\n", 1 => "\r\n", _ => "\r" });
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    /// <summary>The rows as the character reader gives them reading the whole file, as <see cref="CsvTableReader"/> reads a file that is not UTF-8.</summary>
    private static (List<string> Rows, object? Error) CharacterRead(byte[] bytes, int column, int maxCell, int maxRow)
    {
        var rows = new List<string>();
        try
        {
            using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false);
            if (reader.Peek() == '\uFEFF')
            {
                reader.Read();
            }

            var records = new CsvRecordReader(reader, maxCell, maxRow, column);
            while (records.Next() is { } row)
            {
                rows.Add(Describe(row));
            }

            return (rows, null);
        }
        catch (Exception e) when (e is TableReadException or DecoderFallbackException)
        {
            return (rows, Error(e));
        }
    }

    private static (List<string> Rows, object? Error) Scanned(byte[] bytes, int column, int maxCell, int maxRow, int block)
    {
        var rows = new List<string>();
        try
        {
            foreach (var row in Utf8KeyScanner.Rows(new MemoryStream(bytes), maxCell, maxRow, column, block))
            {
                rows.Add(Describe(row));
            }

            return (rows, null);
        }
        catch (Exception e) when (e is TableReadException or DecoderFallbackException)
        {
            return (rows, Error(e));
        }
    }

    /// <summary>A read's error as the order check words it: a table's error with its position, or that the bytes are not the encoding's.</summary>
    private static object Error(Exception e) => e is TableReadException table ? $"{table.Row}:{table.Column}: {table.Message}" : e;

    private static string Describe(TableRow row) => $"{row.Number} [{string.Join('|', row.Cells.Select(c => (string)c!))}] {row.Fault}";
}
