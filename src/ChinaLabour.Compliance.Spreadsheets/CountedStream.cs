using System;
using System.IO;

namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>
/// A part of a workbook as it is unpacked, counting the bytes: more than its zip directory declares throws, so a
/// declared size that lies cannot make the reader unpack more than the size limits allowed.
/// </summary>
internal sealed class CountedStream : Stream
{
    private readonly Stream _inner;
    private readonly string _part;
    private readonly long _declared;

    public CountedStream(Stream inner, string part, long declared)
    {
        _inner = inner;
        _part = part;
        _declared = declared;
    }

    /// <summary>The bytes unpacked so far.</summary>
    public long Count { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => Count;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = _inner.Read(buffer);
        Count += read;
        if (Count > _declared)
        {
            throw new InvalidDataException(ImportMessages.PartLongerThanDeclared(_part, _declared));
        }

        return read;
    }

    /// <summary>Unpacks the rest, counting it.</summary>
    public void Drain()
    {
        Span<byte> buffer = stackalloc byte[8192];
        while (Read(buffer) > 0)
        {
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
