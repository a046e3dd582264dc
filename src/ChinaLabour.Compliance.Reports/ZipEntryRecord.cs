namespace ChinaLabour.Compliance.Reports;

/// <summary>What the zip's central directory says of one entry: where its local header is, its CRC-32 and its two sizes.</summary>
internal readonly record struct ZipEntryRecord(string Name, long Offset, uint Crc32, long CompressedSize, long UncompressedSize);
