using System.Collections.Generic;
using MiniExcelLibs;

namespace Compliance.Import;

/// <summary>
/// One sheet of an XLSX workbook, streamed through MiniExcel (see docs/benchmarks.md for why this reader): cells
/// arrive typed as the workbook stores them — text, numbers, dates, booleans.
/// </summary>
internal sealed class XlsxTableReader : TableReader
{
    private readonly string _path;

    public XlsxTableReader(string path)
    {
        _path = path;
    }

    public override IEnumerable<TableRow> Rows()
    {
        var number = 0;
        foreach (IDictionary<string, object?> row in MiniExcel.Query(_path, useHeaderRow: false, sheetName: Sheet, excelType: ExcelType.XLSX))
        {
            number++;
            var cells = new object?[row.Count];
            var i = 0;
            foreach (var value in row.Values)
            {
                cells[i++] = value;
            }

            yield return new TableRow(number, cells);
        }
    }

    /// <summary>The workbook's sheet names, in workbook order.</summary>
    public static IReadOnlyList<string> SheetNames(string path) => MiniExcel.GetSheetNames(path).ToArray();
}
