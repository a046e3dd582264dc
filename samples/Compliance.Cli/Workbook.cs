using System.Collections.Generic;
using System.IO;
using System.Linq;
using MiniExcelLibs;

namespace Compliance.Cli;

/// <summary>
/// report.xlsx for auditors' follow-up: the summary, violations and rejected sheets, streamed from the CSV files
/// the batch wrote, so that no sheet is ever held in memory whole. MiniExcel writes rows as it reads them.
/// </summary>
internal static class Workbook
{
    /// <summary>A sheet holds at most 1,048,576 rows; past that the CSV files are the whole record.</summary>
    public const int MaxRows = 1_048_576;

    public static string? Write(string folder)
    {
        var sheets = new Dictionary<string, object>
        {
            ["summary"] = Rows(Path.Combine(folder, "summary.csv")),
            ["violations"] = Rows(Path.Combine(folder, "violations.csv")),
            ["rejected"] = Rows(Path.Combine(folder, "rejected.csv")),
        };
        var tooLong = sheets.Keys.FirstOrDefault(k => File.ReadLines(Path.Combine(folder, k + ".csv")).Count() > MaxRows);
        if (tooLong is not null)
        {
            return $"report.xlsx not written: {tooLong}.csv has more rows than a sheet holds ({MaxRows:N0}); use the CSV files";
        }

        MiniExcel.SaveAs(Path.Combine(folder, "report.xlsx"), sheets, overwriteFile: true);
        return null;
    }

    private static IEnumerable<Dictionary<string, object>> Rows(string csv)
    {
        using var records = CsvReader.Records(csv).GetEnumerator();
        if (!records.MoveNext())
        {
            yield break;
        }

        var header = records.Current;
        while (records.MoveNext())
        {
            var row = new Dictionary<string, object>();
            for (var i = 0; i < header.Length; i++)
            {
                row[header[i]] = i < records.Current.Length ? records.Current[i] : string.Empty;
            }

            yield return row;
        }
    }
}
