using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace ChinaLabour.Compliance.Reports;

/// <summary>
/// Writes a zip file of deflated entries whose data the caller compresses, in one pass over a stream that need not seek:
/// each entry a local header, its data and a data descriptor (the sizes and CRC-32 are known only after the data), then
/// the central directory. Every entry is dated the zip format's earliest day and made by no particular system, so
/// that the same data give the same bytes. Zip64 fields appear only where a size, an offset or the count of entries
/// needs them; the 32-bit form is what most readers know best.
/// </summary>
internal sealed class ZipWriter
{
    /// <summary>The least value that a 32-bit field of the zip format cannot hold: 0xFFFFFFFF itself says "see the Zip64 field".</summary>
    public const long Zip32Limit = uint.MaxValue;

    private const ushort Version20 = 20;
    private const ushort Version45 = 45;
    private const ushort DataDescriptorFlag = 1 << 3;
    private const ushort Deflated = 8;
    private const ushort Dos1980January1 = (1 << 5) | 1;

    private readonly Stream _output;
    private readonly long _zip64Limit;
    private readonly List<ZipEntryRecord> _entries = [];
    private long _position;
    private string? _name;
    private long _offset;
    private long _compressed;

    /// <param name="output">Where the zip goes; offsets count from its position now, as a reader of the whole stream sees them.</param>
    /// <param name="zip64Limit">The least value written as Zip64: <see cref="Zip32Limit"/>, or a test's small one.</param>
    public ZipWriter(Stream output, long zip64Limit = Zip32Limit)
    {
        _output = output;
        _zip64Limit = zip64Limit;
        _position = output.CanSeek ? output.Position : 0;
    }

    /// <summary>The entries written so far, in order.</summary>
    public IReadOnlyList<ZipEntryRecord> Entries => _entries;

    /// <summary>Starts an entry: its local header, with the sizes and CRC-32 left to the data descriptor.</summary>
    public void Begin(string name)
    {
        _name = name;
        _offset = _position;
        _compressed = 0;
        var nameBytes = Encoding.UTF8.GetBytes(name);
        Span<byte> header = stackalloc byte[30];
        BinaryPrimitives.WriteUInt32LittleEndian(header, 0x04034B50);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], Version20);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], Flags(nameBytes, name));
        BinaryPrimitives.WriteUInt16LittleEndian(header[8..], Deflated);
        BinaryPrimitives.WriteUInt16LittleEndian(header[10..], 0);
        BinaryPrimitives.WriteUInt16LittleEndian(header[12..], Dos1980January1);
        header[14..26].Clear();
        BinaryPrimitives.WriteUInt16LittleEndian(header[26..], checked((ushort)nameBytes.Length));
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], 0);
        Put(header);
        Put(nameBytes);
    }

    /// <summary>Writes the entry's next compressed bytes.</summary>
    public void Write(ReadOnlySpan<byte> compressed)
    {
        Put(compressed);
        _compressed += compressed.Length;
    }

    /// <summary>Ends the entry with its data descriptor: 64-bit sizes only when a size needs them.</summary>
    public void End(uint crc32, long uncompressedSize)
    {
        var entry = new ZipEntryRecord(_name ?? throw new InvalidOperationException("No entry was begun."), _offset, crc32, _compressed, uncompressedSize);
        _name = null;
        var wide = entry.CompressedSize >= _zip64Limit || entry.UncompressedSize >= _zip64Limit;
        Span<byte> descriptor = stackalloc byte[24];
        BinaryPrimitives.WriteUInt32LittleEndian(descriptor, 0x08074B50);
        BinaryPrimitives.WriteUInt32LittleEndian(descriptor[4..], crc32);
        if (wide)
        {
            BinaryPrimitives.WriteInt64LittleEndian(descriptor[8..], entry.CompressedSize);
            BinaryPrimitives.WriteInt64LittleEndian(descriptor[16..], entry.UncompressedSize);
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(descriptor[8..], (uint)entry.CompressedSize);
            BinaryPrimitives.WriteUInt32LittleEndian(descriptor[12..], (uint)entry.UncompressedSize);
        }

        Put(descriptor[..(wide ? 24 : 16)]);
        _entries.Add(entry);
    }

    /// <summary>Writes the central directory and its end records, Zip64 ones first when needed.</summary>
    public void Finish()
    {
        var start = _position;
        foreach (var entry in _entries)
        {
            CentralHeader(entry);
        }

        var size = _position - start;
        var count = _entries.Count;
        if (count >= ushort.MaxValue || size >= _zip64Limit || start >= _zip64Limit)
        {
            var record = _position;
            Span<byte> end64 = stackalloc byte[56 + 20];
            BinaryPrimitives.WriteUInt32LittleEndian(end64, 0x06064B50);
            BinaryPrimitives.WriteInt64LittleEndian(end64[4..], 56 - 12);
            BinaryPrimitives.WriteUInt16LittleEndian(end64[12..], Version45);
            BinaryPrimitives.WriteUInt16LittleEndian(end64[14..], Version45);
            BinaryPrimitives.WriteUInt32LittleEndian(end64[16..], 0);
            BinaryPrimitives.WriteUInt32LittleEndian(end64[20..], 0);
            BinaryPrimitives.WriteInt64LittleEndian(end64[24..], count);
            BinaryPrimitives.WriteInt64LittleEndian(end64[32..], count);
            BinaryPrimitives.WriteInt64LittleEndian(end64[40..], size);
            BinaryPrimitives.WriteInt64LittleEndian(end64[48..], start);

            // The locator, which a reader finds just before the classic end record.
            BinaryPrimitives.WriteUInt32LittleEndian(end64[56..], 0x07064B50);
            BinaryPrimitives.WriteUInt32LittleEndian(end64[60..], 0);
            BinaryPrimitives.WriteInt64LittleEndian(end64[64..], record);
            BinaryPrimitives.WriteUInt32LittleEndian(end64[72..], 1);
            Put(end64);
        }

        Span<byte> end = stackalloc byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054B50);
        BinaryPrimitives.WriteUInt32LittleEndian(end[4..], 0);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)Math.Min(count, ushort.MaxValue));
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)Math.Min(count, ushort.MaxValue));
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], Narrow(size));
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], Narrow(start));
        BinaryPrimitives.WriteUInt16LittleEndian(end[20..], 0);
        Put(end);
    }

    private void CentralHeader(ZipEntryRecord entry)
    {
        var nameBytes = Encoding.UTF8.GetBytes(entry.Name);

        // The Zip64 field holds, in this order, only the values whose 32-bit field says "see the Zip64 field".
        Span<byte> extra = stackalloc byte[4 + 24];
        var extraLength = 4;
        foreach (var value in (ReadOnlySpan<long>)[entry.UncompressedSize, entry.CompressedSize, entry.Offset])
        {
            if (value >= _zip64Limit)
            {
                BinaryPrimitives.WriteInt64LittleEndian(extra[extraLength..], value);
                extraLength += 8;
            }
        }

        var zip64 = extraLength > 4;
        BinaryPrimitives.WriteUInt16LittleEndian(extra, 0x0001);
        BinaryPrimitives.WriteUInt16LittleEndian(extra[2..], (ushort)(extraLength - 4));
        Span<byte> header = stackalloc byte[46];
        BinaryPrimitives.WriteUInt32LittleEndian(header, 0x02014B50);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], zip64 ? Version45 : Version20);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], zip64 ? Version45 : Version20);
        BinaryPrimitives.WriteUInt16LittleEndian(header[8..], Flags(nameBytes, entry.Name));
        BinaryPrimitives.WriteUInt16LittleEndian(header[10..], Deflated);
        BinaryPrimitives.WriteUInt16LittleEndian(header[12..], 0);
        BinaryPrimitives.WriteUInt16LittleEndian(header[14..], Dos1980January1);
        BinaryPrimitives.WriteUInt32LittleEndian(header[16..], entry.Crc32);
        BinaryPrimitives.WriteUInt32LittleEndian(header[20..], Narrow(entry.CompressedSize));
        BinaryPrimitives.WriteUInt32LittleEndian(header[24..], Narrow(entry.UncompressedSize));
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], checked((ushort)nameBytes.Length));
        BinaryPrimitives.WriteUInt16LittleEndian(header[30..], (ushort)(zip64 ? extraLength : 0));
        header[32..42].Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(header[42..], Narrow(entry.Offset));
        Put(header);
        Put(nameBytes);
        if (zip64)
        {
            Put(extra[..extraLength]);
        }
    }

    /// <summary>The data descriptor's flag, and the UTF-8 flag for a name that is not ASCII.</summary>
    private static ushort Flags(byte[] nameBytes, string name) =>
        (ushort)(DataDescriptorFlag | (nameBytes.Length == name.Length ? 0 : 1 << 11));

    private uint Narrow(long value) => value >= _zip64Limit ? uint.MaxValue : (uint)value;

    private void Put(ReadOnlySpan<byte> bytes)
    {
        _output.Write(bytes);
        _position += bytes.Length;
    }
}
