using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using ChinaLabour.Compliance.Spreadsheets;
using ChinaLabour.Compliance.Text;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Compliance.Cli;

/// <summary>
/// report.xlsx for auditors' follow-up: the summary, violations and rejected sheets (and not-checked, when a run was
/// interrupted), streamed from the
/// CSV files the batch wrote, so that no sheet is ever held in memory whole. MiniExcel reads the CSV and writes the
/// sheet a row at a time, under the workbook's temporary name; it is renamed into place once reproducible.
/// </summary>
internal static partial class Workbook
{
    private static readonly string[] s_sheets = ["summary", "violations", "rejected"];

    public static string? Write(string folder, bool withNotChecked, Language language)
    {
        string Csv(string sheet) => Path.Combine(folder, sheet + ".csv");
        string[] names = withNotChecked ? [.. s_sheets, "not-checked"] : s_sheets;
        var tooLong = names.FirstOrDefault(s => File.ReadLines(Csv(s)).Count() > SpreadsheetBatch.MaxSheetRows);
        if (tooLong is not null)
        {
            return string.Create(CultureInfo.InvariantCulture, $"report.xlsx not written: {tooLong}.csv has more rows than a sheet holds ({SpreadsheetBatch.MaxSheetRows:N0}); use the CSV files");
        }

        // Two passes over each CSV, both streamed: the first measures the columns, the second writes typed cells.
        var widths = new List<DynamicExcelColumn>();
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
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
            sheets[name] = Rows(Csv(name), name, [.. header.Select(h => h ?? string.Empty)], language);
        }

        var configuration = new OpenXmlConfiguration
        {
            FreezeRowCount = 1,
            AutoFilter = true,
            TableStyles = TableStyles.Default,
            DynamicColumns = [.. widths],
        };
        AtomicFile.Write(Path.Combine(folder, RunFolder.Workbook), temp =>
        {
            // The header row is written as the first row, so that a sheet with no data still has one.
            MiniExcel.SaveAs(temp, sheets, printHeader: false, excelType: ExcelType.XLSX, configuration: configuration, overwriteFile: true);
            Reproducible(temp);
        });
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
    /// </summary>
    private static void Reproducible(string path)
    {
        var entries = new List<(string Name, byte[] Content)>();
        using (var archive = ZipFile.OpenRead(path))
        {
            foreach (var entry in archive.Entries)
            {
                using var stream = entry.Open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                entries.Add((entry.FullName, buffer.ToArray()));
            }
        }

        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        string Renumber(Match m) => m.Groups[1].Value + "=\"" + (ids.TryGetValue(m.Groups[2].Value, out var id) ? id : ids[m.Groups[2].Value] = "rId" + (ids.Count + 1).ToString(CultureInfo.InvariantCulture)) + "\"";
        using var output = new FileStream(path, FileMode.Create, FileAccess.Write);
        using var rewritten = new ZipArchive(output, ZipArchiveMode.Create);
        foreach (var (name, content) in entries)
        {
            var bytes = name.EndsWith(".xml", StringComparison.Ordinal) || name.EndsWith(".rels", StringComparison.Ordinal)
                ? Encoding.UTF8.GetBytes(FitToWidth(name, RelationshipId().Replace(Encoding.UTF8.GetString(content), Renumber)))
                : content;
            var entry = rewritten.CreateEntry(name, CompressionLevel.Optimal);
            entry.LastWriteTime = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
            using var stream = entry.Open();
            stream.Write(bytes);
        }
    }

    /// <summary>
    /// Adds to a sheet what MiniExcel cannot write: fit-to-page (sheetPr, the worksheet's first element) and an A4
    /// landscape page one page wide and as many long as it takes (pageSetup, which comes before the drawing).
    /// </summary>
    private static string FitToWidth(string entry, string xml)
    {
        if (!entry.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal) || xml.Contains("<x:sheetPr", StringComparison.Ordinal))
        {
            return xml;
        }

        const string Setup = "<x:pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\" />";
        var open = xml.IndexOf('>', xml.IndexOf("<x:worksheet", StringComparison.Ordinal)) + 1;
        xml = xml[..open] + "<x:sheetPr><x:pageSetUpPr fitToPage=\"1\" /></x:sheetPr>" + xml[open..];
        var before = xml.IndexOf("<x:drawing", StringComparison.Ordinal) is var drawing and >= 0 ? drawing : xml.LastIndexOf("</x:worksheet>", StringComparison.Ordinal);
        return xml[..before] + Setup + xml[before..];
    }

    [GeneratedRegex("\\b(Id|r:id)=\"(R[0-9a-f]{32})\"")]
    private static partial Regex RelationshipId();
}
