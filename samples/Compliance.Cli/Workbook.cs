using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Compliance.Import;
using MiniExcelLibs;

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

    public static string? Write(string folder, bool withNotChecked)
    {
        string Csv(string sheet) => Path.Combine(folder, sheet + ".csv");
        string[] names = withNotChecked ? [.. s_sheets, "not-checked"] : s_sheets;
        var tooLong = names.FirstOrDefault(s => File.ReadLines(Csv(s)).Count() > SpreadsheetBatch.MaxSheetRows);
        if (tooLong is not null)
        {
            return string.Create(CultureInfo.InvariantCulture, $"report.xlsx not written: {tooLong}.csv has more rows than a sheet holds ({SpreadsheetBatch.MaxSheetRows:N0}); use the CSV files");
        }

        var sheets = names.ToDictionary(s => s, s => (object)MiniExcel.Query(Csv(s), useHeaderRow: true, excelType: ExcelType.CSV));
        AtomicFile.Write(Path.Combine(folder, RunFolder.Workbook), temp =>
        {
            MiniExcel.SaveAs(temp, sheets, excelType: ExcelType.XLSX, overwriteFile: true);
            Reproducible(temp);
        });
        return null;
    }

    /// <summary>
    /// Rewrites the workbook so that the same batch gives the same bytes: MiniExcel names relationships with random
    /// ids and stamps entries with the time of writing; here ids are numbered in order of appearance and every entry
    /// carries the zip format's earliest date.
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
                ? Encoding.UTF8.GetBytes(RelationshipId().Replace(Encoding.UTF8.GetString(content), Renumber))
                : content;
            var entry = rewritten.CreateEntry(name, CompressionLevel.Optimal);
            entry.LastWriteTime = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
            using var stream = entry.Open();
            stream.Write(bytes);
        }
    }

    [GeneratedRegex("\\b(Id|r:id)=\"(R[0-9a-f]{32})\"")]
    private static partial Regex RelationshipId();
}
