using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Compliance.Import;

/// <summary>
/// An RFC 4180 CSV file read a record at a time: quoted fields may hold commas, doubled quotes and line breaks; the
/// row number is the line the record starts on. Decoding is strict, so a byte the encoding cannot read is an error
/// with its line, never a replacement character in the data.
/// </summary>
internal sealed class CsvTableReader : TableReader
{
    private readonly string _path;
    private readonly Encoding _encoding;

    public CsvTableReader(string path, Encoding encoding)
    {
        _path = path;
        _encoding = encoding;
    }

    public override IEnumerable<TableRow> Rows()
    {
        using var reader = new StreamReader(_path, _encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        if (reader.Peek() == '\uFEFF')
        {
            reader.Read();
        }

        var fields = new List<object?>();
        var field = new StringBuilder();
        var (line, start, quoted, any) = (1, 1, false, false);
        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            any = true;
            if (quoted)
            {
                if (ch == '"' && reader.Peek() == '"')
                {
                    field.Append('"');
                    reader.Read();
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += ch == '\n' ? 1 : 0;
                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (ch is '\n' or '\r')
            {
                if (ch == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }

                fields.Add(field.ToString());
                field.Clear();
                yield return new TableRow(start, [.. fields]);
                fields.Clear();
                line++;
                start = line;
                any = false;
            }
            else
            {
                field.Append(ch);
            }
        }

        if (any)
        {
            fields.Add(field.ToString());
            yield return new TableRow(start, [.. fields]);
        }
    }
}
