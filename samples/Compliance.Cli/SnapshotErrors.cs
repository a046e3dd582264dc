using System.IO;
using ChinaLabour.Compliance.Snapshots;

namespace Compliance.Cli;

/// <summary>Every mistake of a snapshot that did not read, one line each, so that one run finds them all.</summary>
internal static class SnapshotErrors
{
    public static void Write(SnapshotReadResult read, TextWriter stderr)
    {
        foreach (var error in read.Errors)
        {
            stderr.WriteLine($"error: {error}");
        }
    }
}
