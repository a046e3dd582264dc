using System;
using System.IO;
using System.Text;

namespace Compliance.Cli;

/// <summary>
/// Files written whole or not at all: each is written under a hidden temporary name beside its final one,
/// <c>.name.partial</c>, and renamed into place only when complete, so a process killed part-way (SIGKILL, a crash,
/// a full disk) never leaves a cut-off file under a name a reader trusts.
/// </summary>
internal static class AtomicFile
{
    /// <summary>What every temporary name ends with, so a later run can remove what a killed one left.</summary>
    public const string Suffix = ".partial";

    public static string TempName(string path) => Path.Combine(Path.GetDirectoryName(path) ?? string.Empty, "." + Path.GetFileName(path) + Suffix);

    /// <summary>
    /// Lets <paramref name="write"/> write the whole file at the temporary name it is given, then renames it to
    /// <paramref name="path"/>. <paramref name="durable"/> asks the disk to hold the bytes before the rename, so that a
    /// power cut too finds either the old file or the new one; pages written by the thousand skip it, as a killed
    /// process loses nothing the system has already been given.
    /// </summary>
    public static void Write(string path, Action<string> write, bool durable = true) =>
        Write(path, temp =>
        {
            write(temp);
            return true;
        }, durable);

    /// <summary>
    /// As <see cref="Write(string, Action{string}, bool)"/>, for a writer that may decline: when
    /// <paramref name="write"/> returns false, the temporary file is removed and <paramref name="path"/> left as it was.
    /// </summary>
    public static bool Write(string path, Func<string, bool> write, bool durable = true)
    {
        var temp = TempName(path);
        try
        {
            if (!write(temp))
            {
                Discard(temp);
                return false;
            }

            if (durable)
            {
                using var written = new FileStream(temp, FileMode.Open, FileAccess.ReadWrite);
                written.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
            return true;
        }
        catch
        {
            Discard(temp);
            throw;
        }
    }

    public static void WriteText(string path, string text, Encoding encoding, bool durable = true) =>
        Write(path, temp => File.WriteAllText(temp, text, encoding), durable);

    /// <summary>Lets <paramref name="write"/> write the file's text in <paramref name="encoding"/>, whole or not at all.</summary>
    public static void WriteText(string path, Action<TextWriter> write, Encoding encoding, bool durable = true) =>
        Write(path, temp =>
        {
            using var writer = new StreamWriter(temp, append: false, encoding);
            write(writer);
        }, durable);

    /// <summary>Removes a temporary file, if there is one; a file that cannot be removed is left for the next run to remove.</summary>
    public static void Discard(string temp)
    {
        try
        {
            File.Delete(temp);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort on the way out of a failure already being reported.
        }
    }
}
