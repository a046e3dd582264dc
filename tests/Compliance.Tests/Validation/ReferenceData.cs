using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;

namespace Compliance.Tests.Validation;

/// <summary>
/// The reference lists the code tables are checked against (shared/reference, beside the repository; its README
/// says what each file is). They are test oracles only: nothing from them is copied into the repository.
/// </summary>
internal static class ReferenceData
{
    /// <summary>The environment variable that names the reference folder explicitly.</summary>
    public const string Variable = "COMPLIANCE_REFERENCE_DIR";

    private const string Fallback = "/work/shared/reference";

    /// <summary>
    /// The folder named by <see cref="Variable"/>; else the first shared/reference found walking up from the test
    /// assembly's folder; else /work/shared/reference; null when none exists.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException"><see cref="Variable"/> names a folder that does not exist.</exception>
    public static string? Locate()
    {
        var named = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrEmpty(named))
        {
            return Directory.Exists(named) ? named : throw new DirectoryNotFoundException($"{Variable}={named} does not exist.");
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "reference");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return Directory.Exists(Fallback) ? Fallback : null;
    }

    /// <summary>The line a test writes when it could not check anything.</summary>
    public static string NotFound(string what) =>
        $"NOT CHECKED: no reference folder for {what} (set {Variable}, or put shared/reference above the test assembly, or {Fallback}).";

    /// <summary>
    /// Fails on any difference from the reference that <paramref name="known"/> does not explain, and on any
    /// explanation whose difference no longer occurs, so the list of explanations cannot go stale.
    /// </summary>
    public static void ShouldAllBeExplained(ISet<(string Code, string Kind)> differences, IReadOnlyDictionary<(string Code, string Kind), string> known)
    {
        differences.Where(d => !known.ContainsKey(d)).Should().BeEmpty("every difference from the reference needs an explanation in KnownDifferences");
        known.Keys.Where(k => !differences.Contains(k)).Should().BeEmpty("an explained difference that no longer occurs should be removed from KnownDifferences");
    }

    /// <summary>
    /// Reads a reference CSV: UTF-8 with or without a byte-order mark, LF or CRLF, a header line, no quoted cells
    /// (a quote stops the read rather than being misread).
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="header">The exact header expected.</param>
    /// <returns>The rows after the header, each as its cells.</returns>
    public static IReadOnlyList<string[]> ReadCsv(string path, string header)
    {
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        if (lines.Length == 0 || lines[0].TrimStart('\uFEFF') != header)
        {
            throw new InvalidDataException($"{path}: expected the header '{header}'.");
        }

        var columns = header.Split(',').Length;
        var rows = new List<string[]>(lines.Length);
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            if (lines[i].Contains('"'))
            {
                throw new InvalidDataException($"{path}:{i + 1}: quoted cells are not read here.");
            }

            var cells = lines[i].Split(',');
            if (cells.Length != columns)
            {
                throw new InvalidDataException($"{path}:{i + 1}: expected {columns} cells, found {cells.Length}.");
            }

            rows.Add(cells);
        }

        return rows;
    }
}
