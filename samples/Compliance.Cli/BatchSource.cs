using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ChinaLabour.Compliance.Snapshots;
using ChinaLabour.Compliance.Spreadsheets;

namespace Compliance.Cli;

/// <summary>
/// What a batch reads: a folder of snapshot files (one employer each, read in file-name order), or a spreadsheet
/// batch — a folder of CSV tables or an XLSX workbook — streamed employer by employer in the employers table's order.
/// </summary>
internal sealed class BatchSource
{
    private readonly Task<string> _hash;

    private BatchSource(int total, string unit, IReadOnlyList<(string Name, string Path)> files, Task<string> hash, IReadOnlyList<ImportProblem> problems, IEnumerable<BatchItem> items)
    {
        Total = total;
        Unit = unit;
        Files = files;
        _hash = hash;
        Problems = problems;
        Items = items;
    }

    /// <summary>How many employers the source holds (files, or employer rows).</summary>
    public int Total { get; }

    /// <summary>What one employer is, for the summary line: "files" or "employers".</summary>
    public string Unit { get; }

    /// <summary>The files read, each with its name in the batch (relative to the folder), for the input's hash.</summary>
    public IReadOnlyList<(string Name, string Path)> Files { get; }

    /// <summary>
    /// The input's hash (<see cref="InputHash.Of"/> of <see cref="Files"/>), for the manifest. It is worked out while the
    /// batch is opened: opening reads every table once on its own, and the hash, read alongside, was two seconds of a
    /// province's run before its first employer (measured).
    /// </summary>
    /// <exception cref="IOException">A file could not be read.</exception>
    public string Hash => _hash.GetAwaiter().GetResult();

    /// <summary>Problems found opening the source that belong to no one employer (unknown columns, rows of no employer).</summary>
    public IReadOnlyList<ImportProblem> Problems { get; }

    /// <summary>The employers, in order; each is read when asked, so file reading can run in parallel.</summary>
    public IEnumerable<BatchItem> Items { get; }

    /// <summary>Whether the input has a place for a fact (<see cref="SpreadsheetBatch.Carries"/>); null for snapshot files, which can give any.</summary>
    public Func<string, bool>? Carries { get; private init; }

    /// <summary>Why <paramref name="path"/> cannot be a batch's input because nothing is there; null when something is.</summary>
    public static string? Missing(string path) =>
        File.Exists(path) || Directory.Exists(path) ? null : $"error: '{path}' does not exist: it is neither a folder nor a file";

    /// <summary>Opens <paramref name="path"/>, or explains on <paramref name="stderr"/> why it cannot be read and returns null.</summary>
    public static BatchSource? Open(string path, SpreadsheetOptions options, TextWriter stderr)
    {
        if (Missing(path) is { } missing)
        {
            stderr.WriteLine(missing);
            return null;
        }

        if (File.Exists(path) && !path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            stderr.WriteLine($"error: '{path}' is a file; batch takes a folder of snapshots or CSV tables, or an .xlsx workbook");
            return null;
        }

        if (Directory.Exists(path))
        {
            // A folder is one kind of batch or the other; guessing which of two kinds the user meant would check half.
            var snapshots = SnapshotFiles(path);
            var tables = Directory.EnumerateFiles(path, "*.csv").Any();
            switch (snapshots.Length > 0, tables)
            {
                case (true, true):
                    stderr.WriteLine($"error: '{path}' holds both snapshot files and CSV tables; put each kind of batch in a folder of its own");
                    return null;
                case (false, false):
                    stderr.WriteLine($"error: '{path}' holds no snapshot files (*.json, *.yaml) and no CSV tables; nothing to check");
                    return null;
                case (true, false):
                    return Snapshots(path, snapshots);
            }
        }

        // The files the tables are read from: every CSV file of the folder (each is read or reported), or the workbook.
        (string Name, string Path)[] files = Directory.Exists(path)
            ? [.. Directory.GetFiles(path, "*.csv").Select(f => (Path.GetFileName(f), f))]
            : [(Path.GetFileName(path), path)];
        var hash = WorkThreads.Start(() => InputHash.Of(files));
        var opened = SpreadsheetBatch.Open(path, options);
        if (!opened.Success)
        {
            // Not left reading the files once the batch is refused; its own failure says nothing more.
            ((Task)hash).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
            foreach (var problem in opened.Problems.Where(p => p.Consequence == ImportConsequence.BatchRefused))
            {
                stderr.WriteLine("error: " + problem);
            }

            stderr.WriteLine("the batch was not checked: correct the tables above and run again");
            return null;
        }

        var batch = opened.Batch;
        return new BatchSource(batch.EmployerRows, "employers", files, hash, opened.Problems, Imported(batch)) { Carries = batch.Carries };
    }

    private static string[] SnapshotFiles(string folder) =>
        [.. Directory.EnumerateFiles(Path.GetFullPath(folder), "*", SearchOption.TopDirectoryOnly)
            .Where(f => Path.GetExtension(f) is ".json" or ".yaml" or ".yml")
            .Order(StringComparer.Ordinal)];

    private static BatchSource Snapshots(string folder, string[] files)
    {
        var root = Path.GetFullPath(folder);
        (string Name, string Path)[] named = [.. files.Select(file => (Path.GetRelativePath(root, file), file))];
        return new BatchSource(
            files.Length,
            "files",
            named,
            WorkThreads.Start(() => InputHash.Of(named)),
            [],
            files.Select(file => new BatchItem(Path.GetRelativePath(root, file), null, () => Read(root, file))));
    }

    private static BatchEntry Read(string root, string file)
    {
        var name = Path.GetRelativePath(root, file);
        var read = SnapshotReader.ReadFile(file);
        if (read.Success)
        {
            return new BatchEntry(name, read.Snapshot, []);
        }

        return new BatchEntry(name, null, read.Errors.Select(error => new ImportProblem(
            name, null, error.Line, error.Column > 0 ? error.Column.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            error.Path, null, ImportConsequence.EmployerRejected, error.Message)).ToArray());
    }

    private static IEnumerable<BatchItem> Imported(SpreadsheetBatch batch)
    {
        foreach (var employer in batch.Employers())
        {
            var entry = new BatchEntry(employer.Position, employer.Snapshot, employer.Problems);
            yield return new BatchItem(employer.Position, employer.EmployerId, () => entry);
        }
    }
}
