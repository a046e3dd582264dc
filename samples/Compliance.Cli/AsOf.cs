using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using NodaTime;
using NodaTime.Text;

namespace Compliance.Cli;

/// <summary>The as-of date of a command: given as yyyy-MM-dd, or today in China from the clock.</summary>
internal static class AsOf
{
    /// <summary>The rules are Chinese, so is their calendar day.</summary>
    private const string Zone = "Asia/Shanghai";

    public static Option<string?> Option() => new("--as-of") { Description = "Check as of this date (yyyy-MM-dd); default: today in China." };

    public static LocalDate? Parse(string? text, IClock clock, TextWriter stderr)
    {
        if (text is null)
        {
            return clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb[Zone]).Date;
        }

        return Date(text, "--as-of", stderr);
    }

    /// <summary>The date <paramref name="text"/> given to <paramref name="option"/>, or null after saying what is wrong with it.</summary>
    public static LocalDate? Date(string text, string option, TextWriter stderr)
    {
        if (LocalDatePattern.Iso.Parse(text) is { Success: true } parsed)
        {
            return parsed.Value;
        }

        stderr.WriteLine($"error: {option} {Impossible(text) ?? $"must be a date written yyyy-MM-dd, e.g. 2024-06-30; found '{text}'"}");
        return null;
    }

    /// <summary>What is wrong with a date written the right way that does not exist (2024-02-30), or null.</summary>
    private static string? Impossible(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(text.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || year < 1)
        {
            return null;
        }

        if (month is < 1 or > 12)
        {
            return $"'{text}' is not a date that exists: there is no month {month}; write the date yyyy-MM-dd";
        }

        var days = CalendarSystem.Iso.GetDaysInMonth(year, month);
        return day < 1 || day > days
            ? $"'{text}' is not a date that exists: {new LocalDate(year, month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture)} has {days} days"
            : null;
    }
}
