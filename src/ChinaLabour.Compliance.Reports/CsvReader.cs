using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace ChinaLabour.Compliance.Reports;

/// <summary>
/// Reads RFC 4180 records one at a time — quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF line
/// ends — from UTF-8 with or without a byte-order mark, so that a table of any length is never held whole.
/// </summary>
internal sealed class CsvReader : IDisposable
{
    private readonly TextReader _reader;
    private readonly StringBuilder _field = new();

    public CsvReader(string path) => _reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);

    /// <summary>Fills <paramref name="fields"/> with the next record's fields; false at the end of the file.</summary>
    public bool Read(List<string> fields)
    {
        fields.Clear();
        var c = _reader.Read();
        if (c < 0)
        {
            return false;
        }

        while (true)
        {
            _field.Clear();
            if (c == '"')
            {
                // A quoted field runs to the quote not doubled; whatever follows it up to the separator is kept, as a lenient reader does.
                while ((c = _reader.Read()) >= 0)
                {
                    if (c == '"')
                    {
                        if (_reader.Peek() != '"')
                        {
                            c = _reader.Read();
                            break;
                        }

                        _reader.Read();
                    }

                    _field.Append((char)c);
                }
            }

            while (c >= 0 && c != ',' && c != '\n' && c != '\r')
            {
                _field.Append((char)c);
                c = _reader.Read();
            }

            fields.Add(_field.ToString());
            if (c == ',')
            {
                c = _reader.Read();
                continue;
            }

            if (c == '\r' && _reader.Peek() == '\n')
            {
                _reader.Read();
            }

            return true;
        }
    }

    public void Dispose() => _reader.Dispose();
}
