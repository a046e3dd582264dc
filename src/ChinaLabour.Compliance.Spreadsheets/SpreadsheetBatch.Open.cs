using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>Opening a batch: finding its tables, reading their headers, and the one pass over the key columns.</summary>
public sealed partial class SpreadsheetBatch
{
    /// <summary>
    /// Opens a batch: finds its tables, reads their headers, and checks in one pass over the key columns that each
    /// table's rows are grouped by employer in the employers' order.
    /// </summary>
    /// <remarks>
    /// The tables are read at once, on the task scheduler the caller runs on: the thread pool from an ordinary thread;
    /// no more threads than a scheduler of the caller's own allows (a task on a scheduler of one thread opens the batch
    /// on that thread alone).
    /// </remarks>
    /// <param name="path">A folder of CSV files, or an .xlsx workbook.</param>
    /// <param name="options">How to read it; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A limit of <paramref name="options"/> is not positive; the message names each.</exception>
    public static SpreadsheetOpenResult Open(string path, SpreadsheetOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new SpreadsheetOptions();
        if (options.Validate() is { Count: > 0 } invalid)
        {
            throw new ArgumentException(string.Join("; ", invalid), nameof(options));
        }

        var vocabulary = ImportVocabulary.Default;
        var problems = new List<ImportProblem>();
        List<(TableSpec Table, TableReader Reader)> found;
        try
        {
            found = Directory.Exists(path) ? CsvTables(path, options, vocabulary, problems) : WorkbookTables(path, options, vocabulary, problems);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            problems.Add(new ImportProblem(Path.GetFileName(path), null, 0, null, null, null, ImportConsequence.BatchRefused, ImportMessages.Unreadable(e.Message)));
            return SpreadsheetOpenResult.Refused(problems);
        }

        var layouts = new List<TableLayout>();
        foreach (var (table, reader) in found)
        {
            if (Guarded(reader, problems, () => TableLayout.Read(table, reader, problems)) is { } layout)
            {
                layouts.Add(layout);
            }
        }

        var employers = layouts.FirstOrDefault(l => l.Table.IsEmployers);
        if (employers is null)
        {
            if (!problems.Any(p => p.Consequence == ImportConsequence.BatchRefused))
            {
                var names = string.Join(" / ", vocabulary.Tables[0].Names);
                problems.Add(new ImportProblem(Path.GetFileName(path), null, 0, null, null, null, ImportConsequence.BatchRefused,
                    ImportMessages.NoEmployersTable(names)));
            }

            return SpreadsheetOpenResult.Refused(problems);
        }

        var others = DropOrphanedNested(layouts.Where(l => !l.Table.IsEmployers), problems);
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        var duplicates = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var rows = Guarded(employers.Reader, problems, () => IndexEmployers(employers, ordinals, duplicates, problems));
        CheckOrders(others, ordinals, problems);

        var refused = problems.Any(p => p.Consequence == ImportConsequence.BatchRefused);
        return refused
            ? SpreadsheetOpenResult.Refused(Sorted(problems))
            : SpreadsheetOpenResult.Opened(new SpreadsheetBatch(options.ShowIdNumbers, vocabulary, employers, others, ordinals, duplicates, rows), Sorted(problems));
    }

    private static List<(TableSpec, TableReader)> CsvTables(string folder, SpreadsheetOptions options, ImportVocabulary vocabulary, List<ImportProblem> problems)
    {
        var files = new List<(TableSpec Table, string File, string Name)>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.csv").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var table = vocabulary.FindTable(Path.GetFileNameWithoutExtension(file));
            if (table is null)
            {
                problems.Add(new ImportProblem(name, null, 0, null, null, null, ImportConsequence.TableIgnored, ImportMessages.UnknownFile(string.Join(", ", vocabulary.Tables.Select(t => t.Name + ".csv")), name)));
                continue;
            }

            if (files.Any(t => t.Table == table))
            {
                problems.Add(new ImportProblem(name, null, 0, null, null, null, ImportConsequence.BatchRefused, ImportMessages.SecondFile(table.Name, name)));
                continue;
            }

            files.Add((table, file, name));
        }

        // Detecting reads each file whole; the files are read at once, and a file that fails throws as it would have
        // first, in their order.
        var encodings = files.Select(f => options.Encoding is { } given ? Task.FromResult(given) : BesideCaller.Start(() => CsvEncoding.Detect(f.File))).ToArray();
        BesideCaller.WaitAll(encodings);
        return files.Select((f, i) => (f.Table, (TableReader)new CsvTableReader(f.File, encodings[i].GetAwaiter().GetResult(), options.MaxCellLength, options.MaxRowLength) { Source = f.Name })).ToList();
    }

    private static List<(TableSpec, TableReader)> WorkbookTables(string path, SpreadsheetOptions options, ImportVocabulary vocabulary, List<ImportProblem> problems)
    {
        var tables = new List<(TableSpec, TableReader)>();
        var source = Path.GetFileName(path);

        // The workbook is unpacked by a library that trusts it; a hostile one is refused before it gets there.
        if (!WorkbookPreflight.Check(path, options, problems))
        {
            return tables;
        }

        IReadOnlyList<string> sheets;
        try
        {
            sheets = XlsxTableReader.SheetNames(path);
        }
        catch (Exception e) when (Unreadable(e) is { } message)
        {
            problems.Add(new ImportProblem(source, null, 0, null, null, null, ImportConsequence.BatchRefused, message));
            return tables;
        }

        foreach (var sheet in sheets)
        {
            var table = vocabulary.FindTable(sheet);
            if (table is null)
            {
                problems.Add(new ImportProblem(source, sheet, 0, null, null, null, ImportConsequence.TableIgnored, ImportMessages.UnknownSheet(string.Join(", ", vocabulary.Tables.Select(t => t.Name)), sheet)));
                continue;
            }

            if (tables.Any(t => t.Item1 == table))
            {
                problems.Add(new ImportProblem(source, sheet, 0, null, null, null, ImportConsequence.BatchRefused, ImportMessages.SecondSheet(table.Name, sheet)));
                continue;
            }

            tables.Add((table, new XlsxTableReader(path, options.MaxCellLength) { Source = source, Sheet = sheet }));
        }

        return tables;
    }

    /// <summary>Nested tables whose parent table is not in the batch cannot place a row; they are set aside whole.</summary>
    private static List<TableLayout> DropOrphanedNested(IEnumerable<TableLayout> layouts, List<ImportProblem> problems)
    {
        // In the vocabulary's order, so that parents are assembled before the tables nested in them.
        var given = layouts.ToList();
        var list = ImportVocabulary.Default.Tables.Select(t => given.Find(l => l.Table == t)).OfType<TableLayout>().ToList();
        foreach (var nested in list.Where(l => l.Table.Nested is not null).ToArray())
        {
            if (!list.Any(l => l.Table.Collection == nested.Table.Collection && l.Table.Nested is null))
            {
                list.Remove(nested);
                problems.Add(TableLayout.Whole(nested.Reader, ImportConsequence.TableIgnored,
                    ImportMessages.NoParentTable(nested.Table.Collection!, nested.Table.Name)));
            }
        }

        return list;
    }

    private static int IndexEmployers(TableLayout employers, Dictionary<string, int> ordinals, Dictionary<string, List<int>> duplicates, List<ImportProblem> problems)
    {
        var count = 0;
        var firstRows = new List<int>();
        var last = 0;
        foreach (var row in employers.Reader.KeyRows(employers.EmployerColumn))
        {
            if (row.Number <= employers.HeaderRow || TableLayout.IsEmpty(row))
            {
                continue;
            }

            count++;
            last = row.Number;
            employers.CheckUnheaded(row, problems);

            // A row left out is still an employer row: Employers() yields it rejected, with its problem.
            var id = TableLayout.Key(row, employers.EmployerColumn);
            if (id.Length == 0)
            {
                continue;
            }

            if (ordinals.TryAdd(id, ordinals.Count))
            {
                firstRows.Add(row.Number);
            }
            else
            {
                if (!duplicates.TryGetValue(id, out var rows))
                {
                    rows = [firstRows[ordinals[id]]];
                    duplicates.Add(id, rows);
                }

                rows.Add(row.Number);
            }
        }

        CheckNotFull(employers.Reader, last, problems);
        return count;
    }

    /// <summary>
    /// A sheet that reaches the last row a worksheet has was most likely cut off by the program that exported it; the
    /// employers whose rows fell beyond it would be judged on part of their rows, so the batch is refused.
    /// </summary>
    private static void CheckNotFull(TableReader reader, int lastRow, List<ImportProblem> problems)
    {
        if (reader.Sheet is not null && lastRow >= MaxSheetRows)
        {
            problems.Add(TableLayout.Whole(reader, ImportConsequence.BatchRefused, ImportMessages.SheetFull(MaxSheetRows)));
        }
    }

    /// <summary>
    /// Checks every table's order at once, each on its own reader and with its own problems (the employers' ordinals, and
    /// their ids by ordinal, are shared, only read); the problems are then added table by table, as one table after another would have added
    /// them, so that the result does not depend on which check finished first. A bug in a check is thrown as it is, for
    /// the first table that met one.
    /// </summary>
    private static void CheckOrders(IReadOnlyList<TableLayout> tables, Dictionary<string, int> ordinals, List<ImportProblem> problems)
    {
        var ids = new string[ordinals.Count];
        foreach (var (id, ordinal) in ordinals)
        {
            ids[ordinal] = id;
        }

        var checks = new Task<List<ImportProblem>>[tables.Count];
        for (var i = 0; i < tables.Count; i++)
        {
            var layout = tables[i];
            checks[i] = BesideCaller.Start(() =>
            {
                var found = new List<ImportProblem>();
                Guarded(layout.Reader, found, () => CheckOrder(layout, ordinals, ids, found));
                return found;
            });
        }

        // Every check ends before any is looked at, so that none still reads a file once Open has returned or thrown.
        BesideCaller.WaitAll(checks);
        foreach (var check in checks)
        {
            problems.AddRange(check.GetAwaiter().GetResult());
        }
    }

    /// <summary>
    /// Checks that the table's rows come grouped by employer in the employers' order, and reports each row that names
    /// no employer of the batch (it is left out when the employers are read).
    /// </summary>
    private static int CheckOrder(TableLayout layout, Dictionary<string, int> ordinals, string[] ids, List<ImportProblem> problems)
    {
        var reader = layout.Reader;
        var header = layout.HeaderAt(layout.EmployerColumn);
        // The employer being read is the settled key: its ordinal is last, and the reader may pass over its repeats.
        var (last, lastRow) = (-1, 0);
        var settled = new SettledKey(layout.PlainCells);
        foreach (var row in reader.KeyRows(layout.EmployerColumn, settled))
        {
            lastRow = row.Number;
            if (row.Number <= layout.HeaderRow || TableLayout.IsEmpty(row))
            {
                continue;
            }

            layout.CheckUnheaded(row, problems);
            if (layout.Rejection(row, ImportMessages.RowOutcome) is { } rejected)
            {
                problems.Add(rejected);
                continue;
            }

            var id = TableLayout.Key(row, layout.EmployerColumn);
            if (id.Length > 0 && id == settled.Key)
            {
                // Rows come grouped by employer: most name the employer of the row before, already found in order. The
                // key is settled as this row's string, so that the reader passes over the rest that repeat it.
                settled.Key = id;
                continue;
            }

            // The employer after the last one found is the likeliest (ids holds them by ordinal): a comparison rather
            // than a look-up for most employers of a table.
            var ordinal = last + 1 < ids.Length && string.Equals(ids[last + 1], id, StringComparison.Ordinal) ? last + 1 : ordinals.GetValueOrDefault(id, -1);
            if (ordinal < 0)
            {
                problems.Add(TableLayout.At(reader, row.Number, layout.EmployerColumn, header, ImportConsequence.RecordRejected, id.Length == 0
                    ? ImportMessages.EmptyRowEmployerId
                    : ImportMessages.UnknownEmployer(CellReader.Quote(null, id))));
                continue;
            }

            if (ordinal < last)
            {
                problems.Add(TableLayout.At(reader, row.Number, layout.EmployerColumn, header, ImportConsequence.BatchRefused,
                    ImportMessages.OutOfOrder(CellReader.Quote(null, id), CellReader.Quote(null, ids[last]), layout.Table.Name)));
                return 0;
            }

            (last, settled.Key) = (ordinal, id);
        }

        CheckNotFull(reader, lastRow, problems);
        return 0;
    }

    /// <summary>
    /// Runs one pass over a table, turning a file that turns out unreadable (bad bytes for its encoding, a quote never
    /// closed, a broken workbook) into a problem that refuses the batch; the other tables are still read.
    /// </summary>
    private static T? Guarded<T>(TableReader reader, List<ImportProblem> problems, Func<T> pass)
    {
        try
        {
            return pass();
        }
        catch (TableReadException e)
        {
            problems.Add(e.Column is { } column
                ? TableLayout.At(reader, e.Row, column, null, ImportConsequence.BatchRefused, e.Message)
                : new ImportProblem(reader.Source, reader.Sheet, e.Row, null, null, null, ImportConsequence.BatchRefused, e.Message));
        }
        catch (Exception e) when (Unreadable(e) is { } message)
        {
            problems.Add(TableLayout.Whole(reader, ImportConsequence.BatchRefused, message));
        }

        return default;
    }

    /// <summary>
    /// The problem an exception from reading a table stands for, or <see langword="null"/> for one that is a bug here.
    /// The workbook library throws what its parsing meets (formats, indexes, keys) on a damaged file.
    /// </summary>
    private static string? Unreadable(Exception e) => e switch
    {
        DecoderFallbackException => ImportMessages.BadBytes(e.Message),
        IOException or UnauthorizedAccessException or InvalidDataException or InvalidOperationException or System.Xml.XmlException
            or FormatException or IndexOutOfRangeException or ArgumentException or KeyNotFoundException or OverflowException
            => ImportMessages.UnreadableTable(e.Message),
        _ => null,
    };

    private static List<ImportProblem> Sorted(List<ImportProblem> problems) =>
        problems.OrderBy(p => p.Source, StringComparer.Ordinal).ThenBy(p => p.Sheet, StringComparer.Ordinal).ThenBy(p => p.Row).ToList();
}
