using System.Collections.Generic;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>
/// One sheet of an XLSX workbook, streamed through MiniExcel (see docs/benchmarks.md for why this reader): cells
/// arrive typed as the workbook stores them — text, numbers, dates, booleans. The workbook has passed
/// <see cref="WorkbookPreflight"/> first: no DTD, sizes within the limits. A row with a text cell past the cell limit
/// comes back faulted, to be left out.
/// </summary>
internal sealed class XlsxTableReader : TableReader
{
    // MiniExcel moves shared strings beyond 5 MiB to a disk cache by default, which halves its speed on HR exports
    // (unique ids and ID numbers are all shared strings); docs/benchmarks.md has the figures. Empty rows stay in
    // (IgnoreEmptyRows is false), so a row's position is its sheet row number.
    private static readonly OpenXmlConfiguration s_configuration = new() { EnableSharedStringCache = false, IgnoreEmptyRows = false };

    private readonly string _path;
    private readonly int _maxCellLength;

    public XlsxTableReader(string path, int maxCellLength)
    {
        _path = path;
        _maxCellLength = maxCellLength;
    }

    public override IEnumerable<TableRow> Rows()
    {
        var number = 0;
        foreach (IDictionary<string, object?> row in MiniExcel.Query(_path, useHeaderRow: false, sheetName: Sheet, excelType: ExcelType.XLSX, configuration: s_configuration))
        {
            number++;
            var cells = new object?[row.Count];
            var i = 0;
            RowFault? fault = null;
            foreach (var value in row.Values)
            {
                if (fault is null && value is string { Length: var length } && length > _maxCellLength)
                {
                    fault = new RowFault(number, i, ImportMessages.CellTooLong(_maxCellLength));
                }

                cells[i++] = value;
            }

            yield return fault is { } f ? new TableRow(number, cells[..f.Column], f) : new TableRow(number, cells);
        }
    }

    /// <summary>The workbook's sheet names, in workbook order.</summary>
    public static IReadOnlyList<string> SheetNames(string path) => MiniExcel.GetSheetNames(path).ToArray();
}
