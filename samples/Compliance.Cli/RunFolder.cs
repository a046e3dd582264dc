using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace Compliance.Cli;

/// <summary>
/// The folder a batch writes into. It holds one run at a time, and says which in manifest.json: a new run first
/// marks the folder incomplete, then removes the previous run's outputs, writes its own under temporary names and
/// renames each into place whole (<see cref="AtomicFile"/>), and rewrites the manifest last. Killed at any point,
/// the folder holds a manifest saying it is incomplete, or the finished run; never a cut-off file under a final
/// name. Only a new or empty folder, or a previous run's (one with a manifest.json this tool wrote), is taken: a
/// run removes only its own outputs by name, and leaves any other file of a previous run's folder alone.
/// </summary>
internal sealed class RunFolder
{
    public const string Reports = "reports.jsonl";
    public const string Summary = "summary.csv";
    public const string Violations = "violations.csv";
    public const string Rejected = "rejected.csv";
    public const string NotChecked = "not-checked.csv";
    public const string Workbook = "report.xlsx";
    public const string Html = "report.html";
    public const string PassRates = "pass-rates.csv";
    public const string Waived = "waived.csv";

    public const string Catalogue = "catalogue.json";

    /// <summary>The outputs a run lists in its manifest, in the manifest's order; the employers' pages are counted, not listed.</summary>
    public static readonly IReadOnlyList<string> Outputs = [Reports, Catalogue, Summary, Violations, Rejected, NotChecked, Workbook, Html, PassRates, Waived, SarifReport.FileName, JUnitReport.FileName];

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // The outputs' hashes, by name, begun as each is final (HashWritten) and read by Written.
    private readonly Dictionary<string, Task<string>> _hashes = new(StringComparer.Ordinal);

    private RunFolder(string path) => FullPath = path;

    /// <summary>The folder's full path.</summary>
    public string FullPath { get; }

    public string PathOf(string name) => Path.Combine(FullPath, name);

    /// <summary>
    /// Why <paramref name="value"/> (as given to <c>--out</c>) cannot take the outputs of a batch of
    /// <paramref name="input"/>, seen before anything is loaded; null when it can.
    /// </summary>
    public static string? Refusal(string value, string input)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(value));
        if (File.Exists(full))
        {
            return UsageErrors.FileForFolder(value);
        }

        // The next run would read the outputs (manifest.json, the CSV tables) as input.
        if (string.Equals(full, Path.TrimEndingDirectorySeparator(Path.GetFullPath(input)), StringComparison.Ordinal))
        {
            return UsageErrors.SameAsInput(value);
        }

        if (Path.GetDirectoryName(full) is { } parent && !Directory.Exists(parent))
        {
            return UsageErrors.ParentMissing(value, parent);
        }

        return Directory.Exists(full) && !IsEmpty(full) && !RunManifest.IsOne(Path.Combine(full, RunManifest.FileName))
            ? UsageErrors.NotARunFolder(value)
            : null;
    }

    /// <summary>
    /// Starts a run in <paramref name="value"/> (as given to <c>--out</c>, and accepted by <see cref="Refusal"/>),
    /// creating it if need be: writes the incomplete manifest, then removes what a previous run wrote and what a killed
    /// one left. Null, with the reason on <paramref name="stderr"/>, when the folder cannot be created or written.
    /// </summary>
    public static RunFolder? Begin(string value, string incompleteManifest, TextWriter stderr)
    {
        var folder = new RunFolder(Path.GetFullPath(value));
        try
        {
            Directory.CreateDirectory(folder.FullPath);
            folder.RemoveTemporaries();
            AtomicFile.WriteText(folder.PathOf(RunManifest.FileName), incompleteManifest, s_utf8);
            foreach (var output in Outputs)
            {
                File.Delete(folder.PathOf(output));
            }

            // Pages of an earlier run would outlive their employers' findings (a page for an employer who has since
            // put things right): the pages of a folder are always this run's.
            foreach (var page in folder.Pages("*.html").ToArray())
            {
                File.Delete(page);
            }

            return folder;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine(UsageErrors.Unwritable(value, e.Message));
            return null;
        }
    }

    /// <summary>Rewrites the manifest: called once every other output is in place.</summary>
    public void Finish(string manifest) => AtomicFile.WriteText(PathOf(RunManifest.FileName), manifest, s_utf8);

    /// <summary>
    /// Starts hashing, for the manifest, every output written so far: each is final once written, and is read while the
    /// last outputs are made.
    /// </summary>
    /// <remarks>
    /// A province's tables are gigabytes (reports.jsonl and violations.csv over a gigabyte each). Hashed after the
    /// workbook, they kept a core busy for a second when nothing else was left to do; beside it, they take the time its
    /// measuring pass and its writer leave a core idle (measured). On a task scheduler of one thread they wait, and are
    /// hashed by <see cref="Written"/> as before.
    /// </remarks>
    public void HashWritten()
    {
        foreach (var name in Outputs)
        {
            if (!_hashes.ContainsKey(name) && File.Exists(PathOf(name)))
            {
                _hashes.Add(name, WorkThreads.Start(() => InputHash.OfFile(PathOf(name))));
            }
        }
    }

    /// <summary>Waits for the hashes begun, whatever they gave: a run that fails leaves nothing reading its folder.</summary>
    public void WaitForHashes() => WorkThreads.WaitAll(_hashes.Values);

    /// <summary>The outputs this run wrote, with their sizes and SHA-256, for the manifest.</summary>
    /// <remarks>
    /// The files not yet hashed (<see cref="HashWritten"/>) are hashed at once, each on its own thread. A file that
    /// cannot be read throws as it would have alone, in the outputs' order.
    /// </remarks>
    public IReadOnlyList<(string Name, long Bytes, string Sha256)> Written()
    {
        HashWritten();
        WaitForHashes();
        return [.. Outputs.Where(_hashes.ContainsKey).Select(name => (name, new FileInfo(PathOf(name)).Length, _hashes[name].GetAwaiter().GetResult()))];
    }

    /// <summary>Empty, or holding only what a run killed before its first manifest left: temporary files.</summary>
    private static bool IsEmpty(string folder) =>
        Directory.EnumerateFileSystemEntries(folder).All(entry => File.Exists(entry) && IsTemporary(entry));

    private static bool IsTemporary(string path) =>
        Path.GetFileName(path).StartsWith('.') && path.EndsWith(AtomicFile.Suffix, StringComparison.Ordinal);

    private void RemoveTemporaries()
    {
        foreach (var temp in Directory.GetFiles(FullPath, ".*" + AtomicFile.Suffix).Concat(Pages(".*" + AtomicFile.Suffix)).ToArray())
        {
            File.Delete(temp);
        }
    }

    private IEnumerable<string> Pages(string pattern)
    {
        var pages = PathOf(EmployerPages.Folder);
        return Directory.Exists(pages) ? Directory.EnumerateFiles(pages, pattern) : [];
    }
}
