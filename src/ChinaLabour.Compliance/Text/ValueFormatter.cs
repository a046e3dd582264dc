using System;
using System.Collections;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;

namespace ChinaLabour.Compliance.Text;

/// <summary>Writes named values the same way on every machine, whatever its culture.</summary>
internal static class ValueFormatter
{
    private static readonly NumberFormatInfo s_numbers = CreateNumberFormat();

    /// <summary>Whether <paramref name="format"/> is one this formatter accepts for <paramref name="type"/>.</summary>
    public static bool Accepts(Type type, string? format)
    {
        if (format is null)
        {
            return true;
        }

        // Judged by its text before anything is formatted: {n:D999999999} would format a billion digits to find out.
        if (format.Length > MaxFormatLength || LongestDigitRun(format) > 2)
        {
            return false;
        }

        var underlying = Nullable.GetUnderlyingType(type) ?? type;

        // .NET formats a number with any text, digits or not ({limit:yyyy} writes "yyyy"): a number's format must
        // be a standard one (P1, N0) or a custom one with a digit placeholder (0.##).
        if (IsNumber(underlying) && !IsNumberFormat(format))
        {
            return false;
        }

        if (!underlying.IsValueType || Activator.CreateInstance(underlying) is not IFormattable sample)
        {
            return false;
        }

        try
        {
            _ = Format(sample, format);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public static string Format(object? value, string? format = null) => value switch
    {
        null => "—",
        string s => s,
        bool b => b ? "true" : "false",
        LocalDate d => LocalDatePattern.Iso.Format(d),
        YearMonth m => YearMonthPattern.Iso.Format(m),
        decimal m when format is null => m.ToString("0.####", s_numbers),
        double x when format is null => x.ToString("0.####", s_numbers),
        IFormattable f => f.ToString(format, s_numbers),
        IEnumerable e => string.Join(", ", e.Cast<object?>().Select(o => Format(o))),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>The longest format a template may give a value; custom numeric formats (<c>0.####</c>) are short.</summary>
    public const int MaxFormatLength = 24;

    private static bool IsNumber(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(decimal) || type == typeof(double) || type == typeof(float) || type == typeof(short);

    private static bool IsNumberFormat(string format) =>
        (format.Length <= 3 && "CcDdEeFfGgNnPpRrXx".Contains(format[0], StringComparison.Ordinal) && format.Skip(1).All(char.IsAsciiDigit))
        || format.Contains('0', StringComparison.Ordinal) || format.Contains('#', StringComparison.Ordinal);

    private static int LongestDigitRun(string format)
    {
        int longest = 0, run = 0;
        foreach (var c in format)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    private static NumberFormatInfo CreateNumberFormat()
    {
        var format = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();

        // "12.0%", not the invariant culture's "12.0 %".
        format.PercentPositivePattern = 1;
        format.PercentNegativePattern = 1;
        return NumberFormatInfo.ReadOnly(format);
    }
}
