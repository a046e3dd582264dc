using System.Globalization;

namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>
/// One problem found reading a spreadsheet batch, with its position: file, sheet (for a workbook), row and column,
/// what was expected and what was found. Personal data is never quoted in full: ID numbers are masked, names withheld.
/// </summary>
/// <param name="Source">The file: a CSV file's name, or the workbook's.</param>
/// <param name="Sheet">The sheet, for a workbook; <see langword="null"/> for CSV.</param>
/// <param name="Row">The row (CSV: the line the record starts on); 0 when the problem is the whole file or sheet.</param>
/// <param name="Column">The column, as a letter in a sheet or a number in a CSV file; <see langword="null"/> for a whole row.</param>
/// <param name="Header">The column's header as the file writes it, if any.</param>
/// <param name="EmployerId">The employer the row belongs to, when known.</param>
/// <param name="Consequence">What the problem cost.</param>
/// <param name="Message">What was expected and what was found.</param>
public sealed record ImportProblem(
    string Source,
    string? Sheet,
    int Row,
    string? Column,
    string? Header,
    string? EmployerId,
    ImportConsequence Consequence,
    string Message)
{
    /// <summary>Where the problem is, as a person finds it: <c>workers.csv:12:4 (用工形式)</c> or <c>batch.xlsx [workers] D12 (用工形式)</c>.</summary>
    public string Position => Describe(Source, Sheet, Row, Column, Header);

    /// <summary>A position as a person finds it; a row of 0 is the whole file or sheet.</summary>
    internal static string Describe(string source, string? sheet, int row, string? column, string? header)
    {
        var number = row.ToString(CultureInfo.InvariantCulture);
        var named = header is null ? string.Empty : $" ({header})";
        if (sheet is null)
        {
            return row == 0 ? source : column is null ? $"{source}:{number}" : $"{source}:{number}:{column}{named}";
        }

        return row == 0 ? $"{source} [{sheet}]" : $"{source} [{sheet}] {column ?? "row "}{number}{named}";
    }

    /// <summary>The problem on one line: position, employer, message.</summary>
    public override string ToString() =>
        EmployerId is null ? $"{Position}: {Message}" : $"{Position}: employer {EmployerId}: {Message}";
}
