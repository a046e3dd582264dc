using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Compliance.Cli.Tests;

/// <summary>Finds the first of several candidate files that exists.</summary>
internal static class PathExtensions
{
    public static string? FirstOrDefaultExisting(this IEnumerable<string> paths) => paths.FirstOrDefault(File.Exists);
}
