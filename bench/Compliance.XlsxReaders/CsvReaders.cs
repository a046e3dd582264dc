using System;
using System.IO;
using System.Text;
using ChinaLabour.Compliance.Spreadsheets;
using CsvHelper;
using nietras.SeparatedValues;

namespace Compliance.XlsxReaders;

/// <summary>
/// The CSV readers under test (<c>--csv FILE</c>). Each reads the same text through the same strict UTF-8 decoder (a
/// byte the encoding cannot read throws, as the import requires), splits it into RFC 4180 records, removes the quotes,
/// and hands every cell to the tally as characters. <see cref="BareName"/> only decodes the text and counts its lines:
/// the floor any reader stands on.
/// </summary>
internal static class CsvReaders
{
    public const string BareName = "csv-bare";
    public const string OursName = "csv-import";
    public const string SepName = "sep";
    public const string SepStringsName = "sep-strings";
    public const string CsvHelperName = "csvhelper";

    public static readonly string[] All = [BareName, OursName, SepName, SepStringsName, CsvHelperName];

    public static bool Knows(string reader) => Array.IndexOf(All, reader) >= 0;

    public static void Read(string reader, string path, Tally tally)
    {
        if (reader == CsvHelperName)
        {
            CsvHelperRows(path, tally);
            return;
        }

        using var text = new StreamReader(path, Strict, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        switch (reader)
        {
            case BareName:
                Bare(text, tally);
                break;
            case OursName:
                Ours(text, tally);
                break;
            case SepName:
                SepRows(text, tally);
                break;
            case SepStringsName:
                SepStrings(text, tally);
                break;
            default:
                throw new ArgumentException("unknown reader " + reader, nameof(reader));
        }
    }

    private static UTF8Encoding Strict { get; } = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes every block and counts line feeds; a row per line, no cells.</summary>
    private static void Bare(StreamReader text, Tally tally)
    {
        var buffer = new char[1 << 15];
        int read;
        while ((read = text.Read(buffer, 0, buffer.Length)) > 0)
        {
            var lines = buffer.AsSpan(0, read).Count('\n');
            for (var i = 0; i < lines; i++)
            {
                tally.StartRow();
            }
        }
    }

    /// <summary>
    /// The import's own reader, as a full read of the import uses it (every cell a string; limits far above the
    /// file's cells and records, so that none is refused).
    /// </summary>
    private static void Ours(StreamReader text, Tally tally)
    {
        var records = new CsvRecordReader(text, maxCell: 1 << 20, maxRow: 1 << 24);
        while (records.Next() is { } row)
        {
            if (row.Fault is { } fault)
            {
                throw new InvalidDataException(fault.Message);
            }

            tally.StartRow();
            for (var i = 0; i < row.Cells.Length; i++)
            {
                tally.AddChars(i, ((string)row.Cells[i]!).AsSpan());
            }
        }
    }

    /// <summary>Sep: the cells as spans, quotes removed (<c>Unescape</c>), any number of cells a row, which counts lines itself.</summary>
    private static void SepRows(StreamReader text, Tally tally)
    {
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(text);
        foreach (var row in reader)
        {
            tally.StartRow();
            for (var i = 0; i < row.ColCount; i++)
            {
                tally.AddChars(i, row[i].Span);
            }
        }
    }

    /// <summary>
    /// Sep as the import would need it: every cell a string, as <see cref="OursName"/> makes them, with Sep's pool of
    /// each column's recent strings standing for the import's <c>RecentCells</c>.
    /// </summary>
    private static void SepStrings(StreamReader text, Tally tally)
    {
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true, CreateToString = SepToString.PoolPerCol() }).From(text);
        foreach (var row in reader)
        {
            tally.StartRow();
            for (var i = 0; i < row.ColCount; i++)
            {
                tally.AddChars(i, row[i].ToString().AsSpan());
            }
        }
    }

    /// <summary>
    /// CsvHelper 34's reader over the file's bytes (it parses UTF-8 itself): line numbers kept and malformed records
    /// skipped, as the import keeps them and leaves them out; each cell decoded into one reused buffer.
    /// </summary>
    private static void CsvHelperRows(string path, Tally tally)
    {
        var options = new CsvReaderOptions { HasHeader = false, TrackLineNumbers = true, MalformedData = CsvMalformedDataHandling.Skip, Encoding = Strict };
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var reader = CsvReader.Create(file, options, leaveOpen: false);
        var buffer = new char[1 << 20];
        while (reader.Read())
        {
            tally.StartRow();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                tally.AddChars(i, buffer.AsSpan(0, reader.GetChars(i, buffer)));
            }
        }
    }
}
