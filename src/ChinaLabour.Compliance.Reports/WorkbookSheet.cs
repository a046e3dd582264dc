using System.Globalization;

namespace ChinaLabour.Compliance.Reports;

/// <summary>One sheet of report.xlsx: a table's header and <paramref name="Rows"/> of its data rows, those after the table's earlier sheets.</summary>
internal sealed record WorkbookSheet(string Name, TableShape Table, long Rows)
{
    /// <summary>The sheet's cells, header included, as an A1 range: the filtered range.</summary>
    public string Range => "A1:" + SheetXml.Column(Table.Header.Length - 1) + (Rows + 1).ToString(CultureInfo.InvariantCulture);
}
