namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>One row of a table as read: its number as the file or sheet counts it (1-based), and its cells.</summary>
/// <param name="Number">The CSV line the record starts on, or the sheet's row number.</param>
/// <param name="Cells">
/// The cells, by column (0-based): text from a CSV file, typed values from a workbook. For a faulted row, only the
/// cells read in full before the fault. A CSV reader fills the same array again for its next row.
/// </param>
/// <param name="Fault">Why the row cannot be trusted, if it cannot; such a row is reported once and left out.</param>
internal readonly record struct TableRow(int Number, object?[] Cells, RowFault? Fault = null);
