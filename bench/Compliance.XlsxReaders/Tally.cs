using System;
using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Compliance.XlsxReaders;

/// <summary>
/// What every reader does with every cell, so that the work is equal: text stays text, a date stays a date, a
/// number becomes its round-trip text, an empty value (null, DBNull, "") is skipped. The checksum is the count of
/// non-empty cells and an order-dependent FNV-1a hash of (column, value) that ignores how a reader numbers rows or
/// whether it yields empty rows, so readers that agree on the cells agree on the checksum.
/// </summary>
internal sealed class Tally
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    private ulong _hash = OffsetBasis;
    private bool _rowHasValue;

    /// <summary>Rows the reader yielded, empty ones included.</summary>
    public long RowsYielded { get; private set; }

    /// <summary>Rows with at least one non-empty cell.</summary>
    public long Rows { get; private set; }

    /// <summary>Non-empty cells.</summary>
    public long Cells { get; private set; }

    public ulong Hash => _hash;

    public string Checksum => string.Create(CultureInfo.InvariantCulture, $"{Rows} rows, {Cells} cells, hash {_hash:x16}");

    public void StartRow()
    {
        RowsYielded++;
        _rowHasValue = false;
    }

    public void Add(int column, object? value)
    {
        switch (value)
        {
            case null:
            case DBNull:
                return;
            case string text:
                if (text.Length == 0)
                {
                    return;
                }

                Text(column, text);
                return;
            case DateTime date:
                Date(column, date);
                return;
            case double number:
                Text(column, number.ToString("R", CultureInfo.InvariantCulture));
                return;
            case bool flag:
                Text(column, flag ? "TRUE" : "FALSE");
                return;
            case IConvertible other:
                Text(column, other.ToDouble(CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture));
                return;
            default:
                Text(column, value.ToString() ?? string.Empty);
                return;
        }
    }

    /// <summary>
    /// A cell of a CSV reader, hashed whole at once: a CSV is read several times faster than a workbook, and the
    /// character-by-character hash of <see cref="Text"/> would cost more than some of the readers it measures.
    /// </summary>
    public void AddChars(int column, ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        Cell(column, 'T');
        var hash = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(text));
        for (var i = 0; i < 4; i++)
        {
            Mix((ushort)(hash >> (16 * i)));
        }
    }

    private void Text(int column, string text)
    {
        Cell(column, 'T');
        foreach (var c in text)
        {
            Mix(c);
        }
    }

    private void Date(int column, DateTime date)
    {
        Cell(column, 'D');
        var ticks = (ulong)date.Ticks;
        for (var i = 0; i < 4; i++)
        {
            Mix((ushort)(ticks >> (16 * i)));
        }
    }

    private void Cell(int column, char kind)
    {
        if (!_rowHasValue)
        {
            _rowHasValue = true;
            Rows++;
            Mix(0xFFFF);
        }

        Cells++;
        Mix((ushort)column);
        Mix(kind);
    }

    private void Mix(ushort value)
    {
        _hash = (_hash ^ (byte)value) * Prime;
        _hash = (_hash ^ (byte)(value >> 8)) * Prime;
    }
}
