namespace ChinaLabour.Compliance.Reports;

/// <summary>
/// One CSV table as the measuring pass found it: its header as written, the longest text of each column (header in the
/// report's language included), how many data rows follow the header, and which columns' texts are in the workbook's
/// shared-string table (<see cref="SharedTexts"/>).
/// </summary>
internal sealed record TableShape(string Name, string[] Header, int[] Longest, long Rows, bool[] Shared);
