using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace Compliance.Import;

/// <summary>
/// A batch of employers in tables — a folder of CSV files or one XLSX workbook — read as a stream, one employer at a
/// time: an employers table, and tables of posts, workers, trainings and the rest joined on the employer id
/// (docs/import-format.md lists the tables, headers and values).
/// </summary>
/// <remarks>
/// <para>
/// <b>Order.</b> Every table other than employers must list each employer's rows together, in the order the employers
/// table lists the employers — what an export sorted by employer id gives when the employers are sorted by id too.
/// Opening the batch checks this in one pass over the key columns, before any employer is read; rows out of that
/// order refuse the batch with the first such row of each table, so no employer is ever checked on part of its rows.
/// Only the employer ids are kept in memory, never the rows.
/// </para>
/// <para>
/// <b>Nothing lost.</b> A cell that cannot be read leaves its field empty, a row that cannot be placed is left out, an
/// employer whose id is missing or repeated is rejected: each with a problem giving file, sheet, row and column. Every
/// employer row comes out of <see cref="Employers"/>, checked or rejected.
/// </para>
/// </remarks>
public sealed class SpreadsheetBatch
{
    /// <summary>How many rows a worksheet holds at most; a batch larger than that needs CSV.</summary>
    public const int MaxSheetRows = 1_048_576;

    private readonly ImportVocabulary _vocabulary;
    private readonly TableLayout _employers;
    private readonly IReadOnlyList<TableLayout> _tables;
    private readonly Dictionary<string, int> _ordinals;
    private readonly Dictionary<string, List<int>> _duplicates;
    private readonly bool _showIdNumbers;

    private SpreadsheetBatch(
        bool showIdNumbers,
        ImportVocabulary vocabulary,
        TableLayout employers,
        IReadOnlyList<TableLayout> tables,
        Dictionary<string, int> ordinals,
        Dictionary<string, List<int>> duplicates,
        int employerRows)
    {
        _showIdNumbers = showIdNumbers;
        _vocabulary = vocabulary;
        _employers = employers;
        _tables = tables;
        _ordinals = ordinals;
        _duplicates = duplicates;
        EmployerRows = employerRows;
    }

    /// <summary>How many employer rows the batch holds: what <see cref="Employers"/> will yield.</summary>
    public int EmployerRows { get; }

    /// <summary>Whether <paramref name="path"/> looks like a spreadsheet batch: an .xlsx file, or a folder holding an employers CSV file.</summary>
    public static bool IsSpreadsheetBatch(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (File.Exists(path))
        {
            return path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);
        }

        var employers = ImportVocabulary.Default.Tables[0];
        return Directory.Exists(path) && Directory.EnumerateFiles(path, "*.csv")
            .Any(f => ImportVocabulary.Default.FindTable(Path.GetFileNameWithoutExtension(f)) == employers);
    }

    /// <summary>
    /// Opens a batch: finds its tables, reads their headers, and checks in one pass over the key columns that each
    /// table's rows are grouped by employer in the employers' order.
    /// </summary>
    /// <param name="path">A folder of CSV files, or an .xlsx workbook.</param>
    /// <param name="options">How to read it; <see langword="null"/> for the defaults.</param>
    public static SpreadsheetOpenResult Open(string path, SpreadsheetOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new SpreadsheetOptions();
        var vocabulary = ImportVocabulary.Default;
        var problems = new List<ImportProblem>();
        List<(TableSpec Table, TableReader Reader)> found;
        try
        {
            found = Directory.Exists(path) ? CsvTables(path, options, vocabulary, problems) : WorkbookTables(path, vocabulary, problems);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            problems.Add(new ImportProblem(Path.GetFileName(path), null, 0, null, null, null, ImportConsequence.BatchRefused, "expected a folder of CSV files or an .xlsx workbook that can be read, found: " + e.Message));
            return new SpreadsheetOpenResult(null, problems);
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
                    $"expected an employers table ({names}, as a .csv file in the folder or a sheet of the workbook), found none"));
            }

            return new SpreadsheetOpenResult(null, problems);
        }

        var others = DropOrphanedNested(layouts.Where(l => !l.Table.IsEmployers), problems);
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        var duplicates = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var rows = Guarded(employers.Reader, problems, () => IndexEmployers(employers, ordinals, duplicates));
        foreach (var layout in others)
        {
            Guarded(layout.Reader, problems, () => CheckOrder(layout, ordinals, problems));
        }

        var refused = problems.Any(p => p.Consequence == ImportConsequence.BatchRefused);
        return new SpreadsheetOpenResult(refused ? null : new SpreadsheetBatch(options.ShowIdNumbers, vocabulary, employers, others, ordinals, duplicates, rows), Sorted(problems));
    }

    /// <summary>
    /// Every employer row of the batch, in the employers table's order, each with its snapshot (or rejected) and the
    /// problems of its rows. Reads every table once more, alongside, holding one employer's rows at a time.
    /// </summary>
    public IEnumerable<ImportedEmployer> Employers()
    {
        var cursors = _tables.Select(t => new TableCursor(t, _ordinals)).ToArray();
        try
        {
            var reader = _employers.Reader;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var row in _employers.Reader.Rows())
            {
                if (row.Number <= _employers.HeaderRow || TableLayout.IsEmpty(row))
                {
                    continue;
                }

                var id = TableLayout.Key(row, _employers.EmployerColumn);
                var header = _employers.HeaderAt(_employers.EmployerColumn);
                if (id.Length == 0)
                {
                    yield return Rejected(null, row, TableLayout.At(reader, row.Number, _employers.EmployerColumn, header, ImportConsequence.EmployerRejected,
                        "expected the employer's id, found an empty cell; the employer was not checked"));
                    continue;
                }

                var first = seen.Add(id);
                var assembler = new EmployerAssembler(_vocabulary, id, _showIdNumbers);
                if (first)
                {
                    assembler.AddEmployerRow(_employers, row);
                    var ordinal = _ordinals[id];
                    foreach (var cursor in cursors)
                    {
                        foreach (var child in cursor.Take(ordinal))
                        {
                            assembler.AddRow(cursor.Layout, child);
                        }
                    }
                }

                if (_duplicates.TryGetValue(id, out var rows))
                {
                    var listed = string.Join(", ", rows.Select(r => r.ToString(CultureInfo.InvariantCulture)));
                    yield return Rejected(id, row, TableLayout.At(reader, row.Number, _employers.EmployerColumn, header, ImportConsequence.EmployerRejected,
                        $"expected each employer id once, found {CellReader.Quote(null, id)} on rows {listed}; no row of it can be told apart, so the employer was not checked", id));
                    continue;
                }

                var position = new ImportedEmployerPosition(reader.Source, reader.Sheet, row.Number);
                var snapshot = assembler.Build(position);
                yield return new ImportedEmployer(id, reader.Source, reader.Sheet, row.Number, snapshot, assembler.Problems);
            }
        }
        finally
        {
            foreach (var cursor in cursors)
            {
                cursor.Dispose();
            }
        }
    }

    private ImportedEmployer Rejected(string? id, TableRow row, ImportProblem problem) =>
        new(id, _employers.Reader.Source, _employers.Reader.Sheet, row.Number, null, [problem]);

    private static List<(TableSpec, TableReader)> CsvTables(string folder, SpreadsheetOptions options, ImportVocabulary vocabulary, List<ImportProblem> problems)
    {
        var tables = new List<(TableSpec, TableReader)>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.csv").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var table = vocabulary.FindTable(Path.GetFileNameWithoutExtension(file));
            if (table is null)
            {
                problems.Add(new ImportProblem(name, null, 0, null, null, null, ImportConsequence.TableIgnored, $"expected a file named after a table ({string.Join(", ", vocabulary.Tables.Select(t => t.Name + ".csv"))}), found {name}; it was not read"));
                continue;
            }

            if (tables.Any(t => t.Item1 == table))
            {
                problems.Add(new ImportProblem(name, null, 0, null, null, null, ImportConsequence.BatchRefused, $"expected one file for the {table.Name} table, found a second ({name}); merge them or remove one"));
                continue;
            }

            tables.Add((table, new CsvTableReader(file, options.Encoding ?? CsvEncoding.Detect(file)) { Source = name }));
        }

        return tables;
    }

    private static List<(TableSpec, TableReader)> WorkbookTables(string path, ImportVocabulary vocabulary, List<ImportProblem> problems)
    {
        var tables = new List<(TableSpec, TableReader)>();
        var source = Path.GetFileName(path);
        foreach (var sheet in XlsxTableReader.SheetNames(path))
        {
            var table = vocabulary.FindTable(sheet);
            if (table is null)
            {
                problems.Add(new ImportProblem(source, sheet, 0, null, null, null, ImportConsequence.TableIgnored, $"expected a sheet named after a table ({string.Join(", ", vocabulary.Tables.Select(t => t.Name))}), found \"{sheet}\"; it was not read"));
                continue;
            }

            if (tables.Any(t => t.Item1 == table))
            {
                problems.Add(new ImportProblem(source, sheet, 0, null, null, null, ImportConsequence.BatchRefused, $"expected one sheet for the {table.Name} table, found a second (\"{sheet}\"); merge them or remove one"));
                continue;
            }

            tables.Add((table, new XlsxTableReader(path) { Source = source, Sheet = sheet }));
        }

        return tables;
    }

    /// <summary>Nested tables whose parent table is not in the batch cannot place a row; they are set aside whole.</summary>
    private static List<TableLayout> DropOrphanedNested(IEnumerable<TableLayout> layouts, List<ImportProblem> problems)
    {
        var list = layouts.OrderBy(l => ImportVocabulary.Default.Tables.ToList().IndexOf(l.Table)).ToList();
        foreach (var nested in list.Where(l => l.Table.Nested is not null).ToArray())
        {
            if (!list.Any(l => l.Table.Collection == nested.Table.Collection && l.Table.Nested is null))
            {
                list.Remove(nested);
                problems.Add(TableLayout.Whole(nested.Reader, ImportConsequence.TableIgnored,
                    $"expected a {nested.Table.Collection} table for the {nested.Table.Name} rows to belong to, found none; the {nested.Table.Name} table was not read"));
            }
        }

        return list;
    }

    private static int IndexEmployers(TableLayout employers, Dictionary<string, int> ordinals, Dictionary<string, List<int>> duplicates)
    {
        var count = 0;
        foreach (var row in employers.Reader.Rows())
        {
            if (row.Number <= employers.HeaderRow || TableLayout.IsEmpty(row))
            {
                continue;
            }

            count++;
            var id = TableLayout.Key(row, employers.EmployerColumn);
            if (id.Length == 0)
            {
                continue;
            }

            if (!ordinals.TryAdd(id, ordinals.Count))
            {
                if (!duplicates.TryGetValue(id, out var rows))
                {
                    rows = [FirstRow(employers, id)];
                    duplicates.Add(id, rows);
                }

                rows.Add(row.Number);
            }
        }

        return count;
    }

    private static int FirstRow(TableLayout employers, string id) =>
        employers.Reader.Rows().First(r => r.Number > employers.HeaderRow && TableLayout.Key(r, employers.EmployerColumn) == id).Number;

    /// <summary>
    /// Checks that the table's rows come grouped by employer in the employers' order, and reports each row that names
    /// no employer of the batch (it is left out when the employers are read).
    /// </summary>
    private static int CheckOrder(TableLayout layout, Dictionary<string, int> ordinals, List<ImportProblem> problems)
    {
        var reader = layout.Reader;
        var header = layout.HeaderAt(layout.EmployerColumn);
        var (last, lastId) = (-1, string.Empty);
        foreach (var row in reader.Rows())
        {
            if (row.Number <= layout.HeaderRow || TableLayout.IsEmpty(row))
            {
                continue;
            }

            var id = TableLayout.Key(row, layout.EmployerColumn);
            if (!ordinals.TryGetValue(id, out var ordinal))
            {
                problems.Add(TableLayout.At(reader, row.Number, layout.EmployerColumn, header, ImportConsequence.RecordRejected, id.Length == 0
                    ? "expected the id of the employer the row belongs to, found an empty cell; the row was left out"
                    : $"expected the id of an employer in the employers table, found {CellReader.Quote(null, id)}, which is not there; the row was left out"));
                continue;
            }

            if (ordinal < last)
            {
                problems.Add(TableLayout.At(reader, row.Number, layout.EmployerColumn, header, ImportConsequence.BatchRefused,
                    $"expected the rows of each employer together and in the employers table's order, found a row of {CellReader.Quote(null, id)} after rows of {CellReader.Quote(null, lastId)}, which the employers table lists later; sort the {layout.Table.Name} table into the employers' order (by employer id when the employers table is sorted by id) and run again — the batch was not checked, so no employer is judged on part of its rows"));
                return 0;
            }

            (last, lastId) = (ordinal, id);
        }

        return 0;
    }

    /// <summary>Runs one pass over a table, turning a file that turns out unreadable (bad bytes for its encoding, a broken workbook) into a problem.</summary>
    private static T? Guarded<T>(TableReader reader, List<ImportProblem> problems, Func<T> pass)
    {
        try
        {
            return pass();
        }
        catch (DecoderFallbackException e)
        {
            problems.Add(TableLayout.Whole(reader, ImportConsequence.BatchRefused,
                $"expected text in the file's encoding, found bytes it cannot hold ({e.Message}); name the encoding with --encoding (utf-8, gb18030)"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or InvalidOperationException or System.Xml.XmlException)
        {
            problems.Add(TableLayout.Whole(reader, ImportConsequence.BatchRefused, "expected a table that can be read, found: " + e.Message));
        }

        return default;
    }

    private static List<ImportProblem> Sorted(List<ImportProblem> problems) =>
        problems.OrderBy(p => p.Source, StringComparer.Ordinal).ThenBy(p => p.Sheet, StringComparer.Ordinal).ThenBy(p => p.Row).ToList();
}
