using System;
using NodaTime;

namespace ChinaLabour.Compliance.Text;

/// <summary>
/// Dates written as digits (an ID number's <c>uuuuMMdd</c>, a spreadsheet's <c>yyyy-MM-dd</c>) read by arithmetic:
/// imports and checks read millions of them, and a pattern or a split made strings for each.
/// </summary>
internal static class DigitDate
{
    /// <summary>The number <paramref name="digits"/> write, when every one is an ASCII digit.</summary>
    public static bool TryNumber(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    /// <summary>The day <paramref name="year"/>-<paramref name="month"/>-<paramref name="day"/> of the ISO calendar, or null when there is no such day.</summary>
    public static LocalDate? Day(int year, int month, int day) =>
        year is >= -9998 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month)
            ? new LocalDate(year, month, day)
            : null;
}
