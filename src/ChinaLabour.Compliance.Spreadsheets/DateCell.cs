using System;
using System.Globalization;
using System.Linq;
using ChinaLabour.Compliance.Text;
using NodaTime;

namespace ChinaLabour.Compliance.Spreadsheets;

/// <summary>
/// The date and month forms HR exports use: <c>2024-03-31</c>, <c>2024/3/31</c>, <c>2024.3.31</c>,
/// <c>2024年3月31日</c>, <c>20240331</c>, and Excel serial dates (days since 1899-12-30, as Excel's 1900 date system
/// counts them from March 1900 on).
/// </summary>
internal static class DateCell
{
    /// <summary>The accepted forms, as messages list them.</summary>
    public const string DateForms = "2024-03-31, 2024/3/31, 2024.3.31, 2024年3月31日, 20240331 or an Excel date";

    /// <summary>The accepted month forms, as messages list them.</summary>
    public const string MonthForms = "2024-03, 2024/3, 2024年3月, 202403 or a date in the month";

    private static readonly LocalDate s_excelEpoch = new(1899, 12, 30);

    // Serial 61 is 1900-03-01; below it Excel counts a 29 February 1900 that never was, so those serials are refused.
    private const double FirstSerial = 61;
    private const double LastSerial = 2958465; // 9999-12-31

    public static LocalDate? FromSerial(double serial) =>
        serial is >= FirstSerial and <= LastSerial && serial == Math.Floor(serial)
            ? s_excelEpoch.PlusDays((int)serial)
            : null;

    public static LocalDate? Parse(string text)
    {
        // The form nearly every export writes, read without splitting: a fifth of the import's time went to splitting it.
        if (text.Length == 10 && text[4] == '-' && text[7] == '-' && DigitDate.TryNumber(text.AsSpan(0, 4), out var year) && DigitDate.TryNumber(text.AsSpan(5, 2), out var month) && DigitDate.TryNumber(text.AsSpan(8, 2), out var day))
        {
            return Make(year, month, day);
        }

        var s = text.Trim();
        if (s.Length == 8 && IsDigits(s))
        {
            return Make(Int(s[..4]), Int(s[4..6]), Int(s[6..]));
        }

        if (s.Length is >= 3 and <= 7 && IsDigits(s))
        {
            return FromSerial(Int(s));
        }

        // A time of day (2024-03-31 00:00:00, 2024-03-31 08:30, as exports write date-times) says nothing more about
        // the day; a date cell with a time is read the same way.
        var space = s.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && IsTime(s[(space + 1)..].Trim()))
        {
            s = s[..space];
        }

        return Split(s) is [var y, var m, var d] ? Make(y, m, d) : null;
    }

    public static YearMonth? ParseMonth(string text)
    {
        var s = text.Trim();
        if (s.Length == 6 && IsDigits(s))
        {
            return MakeMonth(Int(s[..4]), Int(s[4..]));
        }

        return Split(s) switch
        {
            [var y, var m] => MakeMonth(y, m),
            [var y, var m, var d] when Make(y, m, d) is not null => MakeMonth(y, m),
            _ => null,
        };
    }

    /// <summary>The numbers of <c>2024-3-31</c>, <c>2024/3/31</c>, <c>2024.3.31</c> or <c>2024年3月31日</c>, year first.</summary>
    private static int[]? Split(string s)
    {
        var chinese = s.Contains('年', StringComparison.Ordinal);
        var separators = chinese ? new[] { '年', '月', '日', '号' } : ['-', '/', '.'];
        var parts = s.Split(separators, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is < 2 or > 3 || parts[0].Length != 4)
        {
            return null;
        }

        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i].Trim();
            if (part.Length is 0 or > 4 || !IsDigits(part))
            {
                return null;
            }

            numbers[i] = Int(part);
        }

        return numbers;
    }

    private static LocalDate? Make(int year, int month, int day) => year is >= 1900 ? DigitDate.Day(year, month, day) : null;

    private static YearMonth? MakeMonth(int year, int month) =>
        year is >= 1900 and <= 9999 && month is >= 1 and <= 12 ? new YearMonth(year, month) : null;

    private static bool IsTime(string s)
    {
        var parts = s.Split(':');
        return parts.Length is 2 or 3 && parts.All(p => p.Length is 1 or 2 && IsDigits(p))
            && Int(parts[0]) < 24 && Int(parts[1]) < 60 && (parts.Length == 2 || Int(parts[2]) < 60);
    }

    private static bool IsDigits(string s)
    {
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return s.Length > 0;
    }

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
}
