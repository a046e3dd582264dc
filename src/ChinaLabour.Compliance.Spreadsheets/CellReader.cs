using System;
using System.Globalization;
using ChinaLabour.Compliance.Snapshots;
using ChinaLabour.Compliance.Validation;
using NodaTime;
using NodaTime.Text;

namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>
/// Reads one cell into the typed value its field takes — text, int, decimal, bool, <see cref="LocalDate"/>,
/// <see cref="DateOrNone"/>, <see cref="YearMonth"/> or the enum member — or says what was expected. A cell arrives as
/// text (CSV) or as the typed value a workbook stores: a number, a date, a boolean.
/// </summary>
internal static class CellReader
{
    private const int MaxQuoted = 60;

    // Booleans and "none" come back boxed once, not once per cell.
    private static readonly object s_true = true;
    private static readonly object s_false = false;
    private static readonly object s_noDate = DateOrNone.None;

    /// <summary>The value, <see langword="null"/> for an empty cell, or the reason the cell cannot be read.</summary>
    public static (object? Value, string? Expected) Read(ColumnSpec column, object? cell, ImportVocabulary vocabulary)
    {
        if (cell is null || (cell is string blank && string.IsNullOrWhiteSpace(blank)))
        {
            return (null, null);
        }

        return column.Kind switch
        {
            ValueKind.Text or ValueKind.PersonalName => Text(cell),
            ValueKind.TextOrNone => vocabulary.IsNone(Invariant(cell)) ? (string.Empty, null) : Text(cell),
            ValueKind.Code => Code(cell),
            ValueKind.IdNumber => cell is string id ? (id.Trim(), null) : (null, "text (an ID number stored as a number has lost its last digits; format the column as text)"),
            ValueKind.Integer => Integer(cell),
            ValueKind.Number => Number(cell),
            ValueKind.Boolean => cell switch
            {
                bool b => (Box(b), null),
                _ when vocabulary.Boolean(Invariant(cell)) is { } b => (Box(b), null),
                _ => (null, "yes or no (是/否, yes/no, true/false, 1/0)"),
            },
            ValueKind.Date => Date(cell) is { } date ? (date, null) : (null, "a date: " + DateCell.DateForms),
            ValueKind.DateOrNone => vocabulary.IsNone(Invariant(cell))
                ? (s_noDate, null)
                : Date(cell) is { } dated ? (new DateOrNone(dated), null) : (null, "a date or a word for none (" + string.Join(", ", vocabulary.NoneWords) + "): " + DateCell.DateForms),
            ValueKind.Month => Month(cell) is { } month ? (month, null) : (null, "a month: " + DateCell.MonthForms),
            ValueKind.Enum => vocabulary.EnumMember(column.EnumName!, Invariant(cell)) is { } value
                ? (value, null)
                : (null, "one of " + string.Join(", ", vocabulary.EnumValues(column.EnumName!)) + " (or a word docs/import-format.md lists for them)"),
            _ => throw new ArgumentOutOfRangeException(nameof(column), column.Kind, "unknown value kind"),
        };
    }

    /// <summary>The cell as a message may quote it: ID numbers masked, names withheld, long text cut.</summary>
    public static string Quote(ColumnSpec? column, object? cell, bool showIdNumbers = false)
    {
        var text = cell is null ? string.Empty : Invariant(cell);
        if (column?.Kind == ValueKind.PersonalName)
        {
            return "(a name, not shown)";
        }

        if (!showIdNumbers && (column?.Kind == ValueKind.IdNumber || ResidentIdNumber.LooksLikeOne(text.Trim())))
        {
            text = ResidentIdNumber.Mask(text.Trim());
        }

        return "\"" + (text.Length > MaxQuoted ? text[..MaxQuoted] + "…" : text) + "\"";
    }

    /// <summary>Text as the cell shows it: a whole number without a decimal point, a date as yyyy-MM-dd.</summary>
    public static string Invariant(object cell) => cell switch
    {
        string s => s.Trim(),
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e21 => d.ToString("F0", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        DateTime t => LocalDatePattern.Iso.Format(LocalDate.FromDateTime(t)),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? string.Empty,
    };

    private static object Box(bool value) => value ? s_true : s_false;

    private static (object?, string?) Text(object cell) => (Invariant(cell), null);

    private static (object?, string?) Code(object cell) => cell switch
    {
        string s => (s.Trim(), null),
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => (d.ToString("F0", CultureInfo.InvariantCulture), null),
        _ => (null, "a code written as text"),
    };

    private static (object?, string?) Integer(object cell)
    {
        var value = cell switch
        {
            double d when d == Math.Floor(d) && Math.Abs(d) <= int.MaxValue => (int?)d,
            string s when int.TryParse(s.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) => i,
            string s when decimal.TryParse(s.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var m)
                && m == decimal.Truncate(m) && Math.Abs(m) <= int.MaxValue => (int)m,
            _ => null,
        };
        return value is { } v ? (v, null) : (null, "a whole number, e.g. 12");
    }

    private static (object?, string?) Number(object cell)
    {
        var value = cell switch
        {
            double d when !double.IsNaN(d) && !double.IsInfinity(d) && Math.Abs(d) < 7.9e27 => (decimal?)(decimal)d,
            string s when decimal.TryParse(s.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var m) => m,
            _ => null,
        };
        return value is { } v ? (v, null) : (null, "a number written with a decimal point, e.g. 36.5");
    }

    private static LocalDate? Date(object cell) => cell switch
    {
        DateTime t => LocalDate.FromDateTime(t),
        double d => DateCell.FromSerial(d),
        string s => DateCell.Parse(s),
        _ => null,
    };

    private static YearMonth? Month(object cell) => cell switch
    {
        DateTime t => new YearMonth(t.Year, t.Month),
        double d when d is >= 190001 and <= 999912 && d == Math.Floor(d) && DateCell.ParseMonth(Invariant(d)) is not null => DateCell.ParseMonth(Invariant(d)),
        double d when DateCell.FromSerial(d) is { } date => new YearMonth(date.Year, date.Month),
        string s => DateCell.ParseMonth(s),
        _ => null,
    };
}
