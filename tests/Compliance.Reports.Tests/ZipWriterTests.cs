using System;
using System.Buffers.Binary;
using System.IO;
using System.IO.Compression;
using System.IO.Hashing;
using System.Linq;
using System.Text;
using ChinaLabour.Compliance.Reports;
using FluentAssertions;
using Xunit;

namespace Compliance.Reports.Tests;

public sealed class ZipWriterTests
{
    private static readonly (string Name, string Text)[] s_entries =
    [
        ("[Content_Types].xml", "<Types />"),
        ("empty.txt", string.Empty),
        ("xl/worksheets/sheet1.xml", string.Concat(Enumerable.Repeat("<x:row>第二十八条</x:row>", 500))),
    ];

    /// <summary>A zip of <see cref="s_entries"/>, each compressed in one piece.</summary>
    private static byte[] Zip(long zip64Limit = ZipWriter.Zip32Limit)
    {
        using var output = new MemoryStream();
        var zip = new ZipWriter(output, zip64Limit);
        foreach (var (name, text) in s_entries)
        {
            var data = Encoding.UTF8.GetBytes(text);
            using var compressed = new MemoryStream();
            using (var deflate = new DeflateStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            {
                deflate.Write(data);
            }

            zip.Begin(name);
            zip.Write(compressed.ToArray());
            zip.End(Crc32.HashToUInt32(data), data.Length);
        }

        zip.Finish();
        return output.ToArray();
    }

    private static void ReadsBack(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        archive.Entries.Select(e => e.FullName).Should().Equal(s_entries.Select(e => e.Name));
        foreach (var (entry, (_, text)) in archive.Entries.Zip(s_entries))
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            reader.ReadToEnd().Should().Be(text, entry.FullName);
            entry.Length.Should().Be(Encoding.UTF8.GetByteCount(text));
            entry.Crc32.Should().Be(Crc32.HashToUInt32(Encoding.UTF8.GetBytes(text)));
            entry.LastWriteTime.Should().Be(new DateTimeOffset(1980, 1, 1, 0, 0, 0, entry.LastWriteTime.Offset));
        }
    }

    private static int Count(byte[] zip, uint signature)
    {
        var count = 0;
        for (var i = 0; i + 4 <= zip.Length; i++)
        {
            count += BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i)) == signature ? 1 : 0;
        }

        return count;
    }

    [Fact]
    public void A_small_zip_reads_back_entry_by_entry_with_32_bit_fields_only()
    {
        var zip = Zip();

        ReadsBack(zip);
        Count(zip, 0x06064B50).Should().Be(0, "no Zip64 end record");
        var end = zip.AsSpan(zip.Length - 22);
        BinaryPrimitives.ReadUInt32LittleEndian(end).Should().Be(0x06054B50u);
        BinaryPrimitives.ReadUInt16LittleEndian(end[10..]).Should().Be((ushort)s_entries.Length);
        var centralDirectory = BinaryPrimitives.ReadUInt32LittleEndian(end[16..]);
        var descriptor = zip.AsSpan((int)centralDirectory - 16);
        BinaryPrimitives.ReadUInt32LittleEndian(descriptor).Should().Be(0x08074B50u, "the last entry ends with a 16-byte data descriptor");
        BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan((int)centralDirectory + 6)).Should().Be(20, "version 2.0 suffices");
    }

    [Fact]
    public void Past_the_zip64_limit_sizes_offsets_and_the_directory_move_to_zip64_fields_and_still_read_back()
    {
        var zip = Zip(zip64Limit: 40);

        ReadsBack(zip);
        Count(zip, 0x06064B50).Should().Be(1, "a Zip64 end record");
        Count(zip, 0x07064B50).Should().Be(1, "and its locator");
        var end = zip.AsSpan(zip.Length - 22);
        BinaryPrimitives.ReadUInt32LittleEndian(end[16..]).Should().Be(uint.MaxValue, "the directory's offset is in the Zip64 record");
        var locator = zip.AsSpan(zip.Length - 22 - 20);
        var record = BinaryPrimitives.ReadInt64LittleEndian(locator[8..]);
        var centralDirectory = BinaryPrimitives.ReadInt64LittleEndian(zip.AsSpan((int)record + 48));
        BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan((int)centralDirectory - 24)).Should().Be(0x08074B50u, "an entry past the limit ends with a 24-byte data descriptor");
        var header = (int)centralDirectory;
        var versions = s_entries.Select(_ =>
        {
            var fields = zip.AsSpan(header);
            header += 46 + BinaryPrimitives.ReadUInt16LittleEndian(fields[28..]) + BinaryPrimitives.ReadUInt16LittleEndian(fields[30..]) + BinaryPrimitives.ReadUInt16LittleEndian(fields[32..]);
            return BinaryPrimitives.ReadUInt16LittleEndian(fields[6..]);
        }).ToArray();
        versions.Should().Equal([20, 45, 45], "the first entry is small and at offset 0, the others need Zip64 for version 4.5 readers");
    }

    [Theory]
    [InlineData(9, 24)]
    [InlineData(10, 16)]
    public void A_size_equal_to_the_limit_is_already_zip64(long zip64Limit, int descriptorLength)
    {
        using var output = new MemoryStream();
        var zip = new ZipWriter(output, zip64Limit);
        zip.Begin("a");
        zip.Write(new byte[5]);
        zip.End(crc32: 0, uncompressedSize: 9);

        output.Length.Should().Be(30 + 1 + 5 + descriptorLength);
    }
}
