using System;
using System.Buffers;

namespace Compliance.Cli;

/// <summary>
/// One employer's record as UTF-8 bytes, written as the employer is checked into an array rented from the shared pool and
/// handed back by the writer once the bytes are in the file: a batch serialises a million records without
/// a large-object-heap array per record, and without turning the bytes into a string and back.
/// </summary>
internal sealed class PooledBuffer : IBufferWriter<byte>, IDisposable
{
    private const int FirstSize = 4096;
    private byte[] _array = ArrayPool<byte>.Shared.Rent(FirstSize);
    private int _length;

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> Written => _array.AsSpan(0, _length);

    public void Advance(int count) => _length += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _array.AsMemory(_length);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _array.AsSpan(_length);
    }

    /// <summary>Adds one byte, the line feed after a record.</summary>
    public void Write(byte value)
    {
        Reserve(1);
        _array[_length++] = value;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_array);
        _array = [];
        _length = 0;
    }

    private void Reserve(int sizeHint)
    {
        var needed = _length + Math.Max(sizeHint, 1);
        if (needed <= _array.Length)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _array.Length * 2));
        Written.CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_array);
        _array = larger;
    }
}
