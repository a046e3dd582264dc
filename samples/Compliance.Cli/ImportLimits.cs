using System.CommandLine;
using System.Globalization;
using ChinaLabour.Compliance.Spreadsheets;

namespace Compliance.Cli;

/// <summary>
/// The spreadsheet reader's limits as options of <c>batch</c>, one for each limit of <see cref="SpreadsheetOptions"/>:
/// the problem a limit raises names its option here, so that whoever reads rejected.csv knows what to raise.
/// </summary>
internal sealed class ImportLimits
{
    private readonly Option<long?> _cell = Positive("--max-cell-length", "The most characters a cell may hold (default 32,767, Excel's own limit); a longer cell rejects its row.", int.MaxValue);
    private readonly Option<long?> _row = Positive("--max-row-length", "The most characters one CSV record may hold (default 1,048,576); a longer record rejects its row.", int.MaxValue);
    private readonly Option<long?> _workbook = Positive("--max-workbook-size", "The most bytes an .xlsx workbook may unpack to (default 2 GiB); a larger one is refused whole.", long.MaxValue);
    private readonly Option<long?> _sharedStrings = Positive("--max-shared-strings-size", "The most bytes a workbook's shared-string table may unpack to (default 128 MiB); it is held in memory whole.", long.MaxValue);

    /// <summary>The options, to be added to the command.</summary>
    public Option[] Options => [_cell, _row, _workbook, _sharedStrings];

    /// <summary>The reader's options with the limits given on the command line, the defaults for the others.</summary>
    public SpreadsheetOptions Apply(ParseResult parsed, SpreadsheetOptions options) => options with
    {
        MaxCellLength = (int?)parsed.GetValue(_cell) ?? options.MaxCellLength,
        MaxRowLength = (int?)parsed.GetValue(_row) ?? options.MaxRowLength,
        MaxUncompressedSize = parsed.GetValue(_workbook) ?? options.MaxUncompressedSize,
        MaxSharedStringsSize = parsed.GetValue(_sharedStrings) ?? options.MaxSharedStringsSize,
    };

    private static Option<long?> Positive(string name, string description, long max) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= max)
            {
                return value;
            }

            result.AddError(UsageErrors.Limit(name, text, max));
            return null;
        },
    };
}
