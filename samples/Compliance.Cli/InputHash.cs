using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace Compliance.Cli;

/// <summary>
/// SHA-256 of what a batch reads, so that a run's manifest names its input: for each file in ordinal order of its
/// name, the name in UTF-8, a line feed, its length in bytes in decimal, a line feed, then its bytes. The lengths keep
/// one file's end from passing for the next one's start; docs/report-format.md shows the same in a shell.
/// </summary>
internal static class InputHash
{
    public static string Of(IEnumerable<(string Name, string Path)> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        foreach (var (name, path) in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            sha.AppendData(Encoding.UTF8.GetBytes(name + "\n" + stream.Length.ToString(CultureInfo.InvariantCulture) + "\n"));
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                sha.AppendData(buffer.AsSpan(0, read));
            }
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>SHA-256 of one file's bytes, as <c>sha256sum</c> prints it.</summary>
    public static string OfFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
