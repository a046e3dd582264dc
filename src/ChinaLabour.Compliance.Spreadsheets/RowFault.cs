namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>
/// Why a row read from a table cannot be trusted (a quote out of place, a cell past its limit): the row is left out
/// with a problem at this position, and the rows after it are read as usual.
/// </summary>
/// <param name="Line">The line (CSV) or sheet row the fault is on, which may be past the line the record starts on.</param>
/// <param name="Column">The cell (0-based) the fault is in.</param>
/// <param name="Message">What was expected and what was found, with the character position when it matters.</param>
internal readonly record struct RowFault(int Line, int Column, string Message);
