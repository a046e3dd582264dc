using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using ChinaLabour.Compliance.Text;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace ChinaLabour.Compliance.Reports;

/// <summary>
/// A batch's workbook (report.xlsx) for auditors' follow-up: one sheet per CSV table the batch wrote
/// (<see cref="BatchCsvTables"/>, or a caller's own, <see cref="Csv"/>), headers in the report's language, counts as
/// numbers a spreadsheet sorts, the header row frozen and filtered, each sheet printing on A4 landscape one page wide.
/// MiniExcel reads each CSV a row at a time, so no table is held in memory as rows; the same tables give the same bytes.
/// </summary>
/// <threadsafety>Static and stateless: safe to call from any thread, for different outputs.</threadsafety>
public static class BatchWorkbook
{
    /// <summary>How many rows, the header included, a sheet of an XLSX workbook holds.</summary>
    public const int MaxSheetRows = 1_048_576;

    /// <summary>
    /// Writes a workbook of one sheet per CSV table: sheet <c>name</c> from the file <c>name.csv</c> in
    /// <paramref name="folder"/>, whose first line is its header.
    /// </summary>
    /// <param name="output">Where the workbook goes; it is neither flushed nor closed, and nothing is written to it when the result is not null.</param>
    /// <param name="folder">The folder of the CSV files.</param>
    /// <param name="sheets">The sheets' names, in order: summary, violations, … .</param>
    /// <param name="language">The language of the headers: Chinese, or the CSV's own English.</param>
    /// <returns>Null when the workbook was written; otherwise why not (a table has more rows than a sheet holds), to tell the reader.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="output"/>, <paramref name="folder"/> or <paramref name="sheets"/> is null.</exception>
    /// <exception cref="IOException">A CSV file cannot be read.</exception>
    public static string? Write(Stream output, string folder, IReadOnlyList<string> sheets, Language language)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(sheets);
        string Csv(string sheet) => Path.Combine(folder, sheet + ".csv");
        var names = sheets.ToArray();
        var tooLong = names.FirstOrDefault(s => File.ReadLines(Csv(s)).Count() > MaxSheetRows);
        if (tooLong is not null)
        {
            return string.Create(CultureInfo.InvariantCulture, $"report.xlsx not written: {tooLong}.csv has more rows than a sheet holds ({MaxSheetRows:N0}); use the CSV files");
        }

        // Two passes over each CSV, both streamed: the first measures the columns, the second writes typed cells.
        var widths = new List<DynamicExcelColumn>();
        var rows = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var header = Cells(Csv(name)).First();
            var longest = header.Select(h => WorkbookColumns.Measure(WorkbookColumns.Header(h ?? string.Empty, language))).ToArray();
            foreach (var row in Cells(Csv(name)).Skip(1))
            {
                for (var i = 0; i < row.Length && i < longest.Length; i++)
                {
                    longest[i] = Math.Max(longest[i], WorkbookColumns.Measure(row[i]));
                }
            }

            widths.AddRange(longest.Select((w, i) => new DynamicExcelColumn(Key(name, i)) { Width = WorkbookColumns.Width(w) }));
            rows[name] = Rows(Csv(name), name, [.. header.Select(h => h ?? string.Empty)], language);
        }

        var configuration = new OpenXmlConfiguration
        {
            FreezeRowCount = 1,
            AutoFilter = true,
            TableStyles = TableStyles.Default,
            DynamicColumns = [.. widths],
        };
        using var workbook = new MemoryStream();

        // The header row is written as the first row, so that a sheet with no data still has one.
        workbook.SaveAs(rows, printHeader: false, excelType: ExcelType.XLSX, configuration: configuration);
        workbook.Position = 0;
        Reproducible(workbook, output);
        return null;
    }

    /// <summary>The cells of a CSV file, row by row, as MiniExcel reads it (quoting and all).</summary>
    private static IEnumerable<string?[]> Cells(string csv) =>
        MiniExcel.Query(csv, useHeaderRow: false, excelType: ExcelType.CSV)
            .Cast<IDictionary<string, object?>>()
            .Select(row => row.Values.Select(v => v?.ToString()).ToArray());

    /// <summary>The sheet's rows: its header in <paramref name="language"/>, then the data, counts as numbers.</summary>
    private static IEnumerable<IDictionary<string, object?>> Rows(string csv, string sheet, string[] header, Language language)
    {
        var first = true;
        foreach (var row in Cells(csv))
        {
            var cells = new Dictionary<string, object?>(header.Length, StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                var text = i < row.Length ? row[i] : null;
                cells[Key(sheet, i)] = first ? WorkbookColumns.Header(header[i], language)
                    : WorkbookColumns.IsCount(header[i]) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count
                    : text;
            }

            first = false;
            yield return cells;
        }
    }

    /// <summary>A column's key, unique across sheets, so that each sheet's widths are its own.</summary>
    private static string Key(string sheet, int column) => string.Create(CultureInfo.InvariantCulture, $"{sheet}:{column}");

    /// <summary>
    /// Rewrites the workbook so that the same batch gives the same bytes: MiniExcel names relationships with random
    /// ids and stamps entries with the time of writing; here ids are numbered in order of appearance and every entry
    /// carries the zip format's earliest date. Each sheet is also set to print on A4 landscape, as wide as one page.
    /// One entry at a time, as UTF-8 bytes: a province's violations sheet unpacks to hundreds of megabytes, and
    /// rewriting it as .NET strings (decoded, replaced, spliced twice, encoded) once took the run's memory to 1 GiB.
    /// </summary>
    private static void Reproducible(Stream workbook, Stream output)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        using var archive = new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true);
        using var rewritten = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var source in archive.Entries)
        {
            var content = new byte[source.Length];
            using (var stream = source.Open())
            {
                stream.ReadExactly(content);
            }

            var entry = rewritten.CreateEntry(source.FullName, CompressionLevel.Optimal);
            entry.LastWriteTime = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
            using var target = entry.Open();
            if (source.FullName.EndsWith(".xml", StringComparison.Ordinal) || source.FullName.EndsWith(".rels", StringComparison.Ordinal))
            {
                // One write of the whole part, as before: the deflater's output depends on how its input is split.
                using var part = new MemoryStream(content.Length + 256);
                WorkbookXml.Rewrite(source.FullName, content, ids, part);
                target.Write(part.GetBuffer(), 0, (int)part.Length);
            }
            else
            {
                target.Write(content);
            }
        }
    }
}
