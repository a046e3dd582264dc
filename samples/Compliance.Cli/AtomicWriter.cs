using System;
using System.IO;
using System.Text;

namespace Compliance.Cli;

/// <summary>
/// A text file written a line at a time over a whole run, under its temporary name (<see cref="AtomicFile"/>), and
/// renamed into place by <see cref="Commit"/>; disposed without it, the temporary file is removed.
/// </summary>
internal sealed class AtomicWriter : IDisposable
{
    private const int StreamBuffer = 1 << 20;
    private const int WriterBuffer = 1 << 15;

    private readonly string _path;
    private readonly string _temp;
    private readonly FileStream _stream;
    private bool _closed;

    public AtomicWriter(string path, Encoding encoding)
    {
        _path = path;
        _temp = AtomicFile.TempName(path);
        // Large buffers: a province's run writes gigabytes a few kilobytes at a time, and the default 4 KiB made a
        // system call for every employer or two.
        _stream = new FileStream(_temp, FileMode.Create, FileAccess.Write, FileShare.Read, StreamBuffer);
        Writer = new StreamWriter(_stream, encoding, WriterBuffer);
    }

    public TextWriter Writer { get; }

    /// <summary>The file's bytes, for a writer of its own (JSON, XML); use it or <see cref="Writer"/>, not both.</summary>
    public Stream Stream => _stream;

    /// <summary>Writes out what is buffered, asks the disk to hold it, and renames the file to its final name.</summary>
    public void Commit()
    {
        Writer.Flush();
        _stream.Flush(flushToDisk: true);
        Close();
        File.Move(_temp, _path, overwrite: true);
    }

    public void Dispose()
    {
        if (!_closed)
        {
            Close();
            AtomicFile.Discard(_temp);
        }
    }

    private void Close()
    {
        _closed = true;
        Writer.Dispose();
    }
}
