using System.Collections.Generic;
using System.IO;
using System.Text;

namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>
/// An RFC 4180 CSV file read a record at a time (<see cref="CsvRecordReader"/>): quoted fields may hold commas, doubled
/// quotes and line breaks; the row number is the line the record starts on. Decoding is strict, so a byte the encoding
/// cannot read refuses the file, never becomes a replacement character in the data.
/// </summary>
internal sealed class CsvTableReader : TableReader
{
    private readonly string _path;
    private readonly Encoding _encoding;
    private readonly int _maxCellLength;
    private readonly int _maxRowLength;

    public CsvTableReader(string path, Encoding encoding, int maxCellLength, int maxRowLength)
    {
        _path = path;
        _encoding = encoding;
        _maxCellLength = maxCellLength;
        _maxRowLength = maxRowLength;
    }

    public override IEnumerable<TableRow> Rows() => Read(-1);

    /// <inheritdoc/>
    /// <remarks>
    /// A UTF-8 file is scanned as bytes (<see cref="Utf8KeyScanner"/>) up to a record the scanner cannot read plainly,
    /// and read from there on as any other file is; only the scanner passes over the rows <paramref name="settled"/> allows.
    /// </remarks>
    public override IEnumerable<TableRow> KeyRows(int column, SettledKey? settled = null) => _encoding.CodePage == Encoding.UTF8.CodePage ? Scan(column, settled) : Read(column);

    private IEnumerable<TableRow> Scan(int only, SettledKey? settled)
    {
        using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        foreach (var row in Utf8KeyScanner.Rows(stream, _maxCellLength, _maxRowLength, only, settled: settled))
        {
            yield return row;
        }
    }

    private IEnumerable<TableRow> Read(int only)
    {
        using var reader = new StreamReader(_path, _encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        if (reader.Peek() == '\uFEFF')
        {
            reader.Read();
        }

        var records = new CsvRecordReader(reader, _maxCellLength, _maxRowLength, only);
        while (records.Next() is { } row)
        {
            yield return row;
        }
    }
}
