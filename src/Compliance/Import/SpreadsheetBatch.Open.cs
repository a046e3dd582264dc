using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Compliance.Import;

/// <summary>Opening a batch: finding its tables, reading their headers, and the one pass over the key columns.</summary>
public sealed partial class SpreadsheetBatch
{
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
        var rows = Guarded(employers.Reader, problems, () => IndexEmployers(employers, ordinals, duplicates, problems));
        foreach (var layout in others)
        {
            Guarded(layout.Reader, problems, () => CheckOrder(layout, ordinals, problems));
        }

        var refused = problems.Any(p => p.Consequence == ImportConsequence.BatchRefused);
        return new SpreadsheetOpenResult(refused ? null : new SpreadsheetBatch(options.ShowIdNumbers, vocabulary, employers, others, ordinals, duplicates, rows), Sorted(problems));
    }

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

    private static int IndexEmployers(TableLayout employers, Dictionary<string, int> ordinals, Dictionary<string, List<int>> duplicates, List<ImportProblem> problems)
    {
        var count = 0;
        var firstRows = new List<int>();
        var last = 0;
        foreach (var row in employers.Reader.Rows())
        {
            if (row.Number <= employers.HeaderRow || TableLayout.IsEmpty(row))
            {
                continue;
            }

            count++;
            last = row.Number;
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
            problems.Add(TableLayout.Whole(reader, ImportConsequence.BatchRefused, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"expected a sheet with room to spare, found one filled to its last row ({MaxSheetRows:N0}): what did not fit was cut off when it was exported; export the batch as CSV files, which have no row limit")));
        }
    }

    /// <summary>
    /// Checks that the table's rows come grouped by employer in the employers' order, and reports each row that names
    /// no employer of the batch (it is left out when the employers are read).
    /// </summary>
    private static int CheckOrder(TableLayout layout, Dictionary<string, int> ordinals, List<ImportProblem> problems)
    {
        var reader = layout.Reader;
        var header = layout.HeaderAt(layout.EmployerColumn);
        var (last, lastId, lastRow) = (-1, string.Empty, 0);
        foreach (var row in reader.Rows())
        {
            lastRow = row.Number;
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

        CheckNotFull(reader, lastRow, problems);
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
