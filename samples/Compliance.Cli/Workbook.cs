using System.Globalization;
using System.IO;
using System.Linq;
using Compliance.Import;
using MiniExcelLibs;

namespace Compliance.Cli;

/// <summary>
/// report.xlsx for auditors' follow-up: the summary, violations and rejected sheets, streamed from the CSV files
/// the batch wrote, so that no sheet is ever held in memory whole. MiniExcel reads the CSV and writes the sheet a
/// row at a time.
/// </summary>
internal static class Workbook
{
    private static readonly string[] s_sheets = ["summary", "violations", "rejected"];

    public static string? Write(string folder)
    {
        string Csv(string sheet) => Path.Combine(folder, sheet + ".csv");
        var tooLong = s_sheets.FirstOrDefault(s => File.ReadLines(Csv(s)).Count() > SpreadsheetBatch.MaxSheetRows);
        if (tooLong is not null)
        {
            return string.Create(CultureInfo.InvariantCulture, $"report.xlsx not written: {tooLong}.csv has more rows than a sheet holds ({SpreadsheetBatch.MaxSheetRows:N0}); use the CSV files");
        }

        var sheets = s_sheets.ToDictionary(s => s, s => (object)MiniExcel.Query(Csv(s), useHeaderRow: true, excelType: ExcelType.CSV));
        MiniExcel.SaveAs(Path.Combine(folder, "report.xlsx"), sheets, overwriteFile: true);
        return null;
    }
}
