using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ChinaLabour.Compliance.Snapshots;
using MiniExcelLibs;

namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>
/// Writes snapshots as a spreadsheet batch — a folder of CSV tables or one XLSX workbook — that
/// <see cref="SpreadsheetBatch"/> reads back to the same snapshots: a template for audit teams, and how the bundled
/// samples are made.
/// </summary>
public static class SpreadsheetWriter
{
    /// <summary>Writes one CSV file per table that has rows (UTF-8 with a byte-order mark, which spreadsheet programs read as UTF-8).</summary>
    /// <param name="snapshots">The employers, in the order the tables list them.</param>
    /// <param name="folder">The folder to write into; created if missing.</param>
    /// <param name="headers">Chinese or English headers and words.</param>
    public static void WriteCsv(IReadOnlyList<EmployerSnapshot> snapshots, string folder, SpreadsheetHeaders headers = SpreadsheetHeaders.Chinese)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        ArgumentNullException.ThrowIfNull(folder);
        Directory.CreateDirectory(folder);
        foreach (var (table, header, rows) in Tables(snapshots, headers, dates: false))
        {
            using var writer = new StreamWriter(Path.Combine(folder, table.Name + ".csv"), append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            writer.Write(CsvLine(header));
            foreach (var row in rows)
            {
                writer.Write(CsvLine(row.Select(c => c is decimal d ? d.ToString(CultureInfo.InvariantCulture) : (string?)c)));
            }
        }
    }

    /// <summary>Writes one workbook with a sheet per table that has rows; dates are date cells.</summary>
    /// <param name="snapshots">The employers, in the order the sheets list them.</param>
    /// <param name="path">The .xlsx file to write; replaced if it exists.</param>
    /// <param name="headers">Chinese or English headers and words.</param>
    /// <exception cref="ArgumentException">A table has more rows than a sheet holds (<see cref="SpreadsheetBatch.MaxSheetRows"/>, header included); write CSV instead.</exception>
    public static void WriteWorkbook(IReadOnlyList<EmployerSnapshot> snapshots, string path, SpreadsheetHeaders headers = SpreadsheetHeaders.Chinese)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        ArgumentNullException.ThrowIfNull(path);
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (table, header, rows) in Tables(snapshots, headers, dates: true))
        {
            if (rows.Count >= SpreadsheetBatch.MaxSheetRows)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"the {table.Name} table has {rows.Count:N0} rows, more than a sheet holds with its header ({SpreadsheetBatch.MaxSheetRows:N0}); write CSV files instead"), nameof(snapshots));
            }

            sheets[table.Name] = rows.Select(row => ToDictionary(header, row));
        }

        MiniExcel.SaveAs(path, sheets, overwriteFile: true);
    }

    private static IEnumerable<(TableSpec Table, string[] Header, IReadOnlyList<object?[]> Rows)> Tables(IReadOnlyList<EmployerSnapshot> snapshots, SpreadsheetHeaders headers, bool dates)
    {
        var vocabulary = ImportVocabulary.Default;
        var json = snapshots.Select(TableRows.ToJson).ToArray();
        foreach (var table in vocabulary.Tables)
        {
            var rows = json.SelectMany(e => TableRows.Rows(table, e, headers, dates, vocabulary)).ToArray();
            if (rows.Length > 0)
            {
                yield return (table, TableRows.Header(table, headers), rows);
            }
        }
    }

    private static Dictionary<string, object?> ToDictionary(string[] header, object?[] row)
    {
        var cells = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            cells[header[i]] = row[i];
        }

        return cells;
    }

    private static string CsvLine(IEnumerable<string?> fields) =>
        string.Join(",", fields.Select(f => f is null ? string.Empty
            : f.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : f)) + "\r\n";
}
