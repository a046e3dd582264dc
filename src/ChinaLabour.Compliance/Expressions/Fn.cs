using System;
using ChinaLabour.Compliance.Validation;
using NodaTime;

namespace ChinaLabour.Compliance.Expressions;

/// <summary>
/// The helpers a rule expression may call, as <c>Fn.Name(…)</c>. They are pure, culture-free and cheap;
/// docs/rule-expressions.md lists them with examples.
/// </summary>
internal static class Fn
{
    /// <summary>The largest whole number not greater than <paramref name="value"/>.</summary>
    /// <param name="value">A decimal value.</param>
    /// <returns>The floor as an integer.</returns>
    public static int Floor(decimal value) => (int)Math.Floor(value);

    /// <summary>The smallest whole number not less than <paramref name="value"/>.</summary>
    /// <param name="value">A decimal value.</param>
    /// <returns>The ceiling as an integer.</returns>
    public static int Ceiling(decimal value) => (int)Math.Ceiling(value);

    /// <summary><paramref name="part"/> divided by <paramref name="whole"/>, or 0 when <paramref name="whole"/> is 0.</summary>
    /// <param name="part">The numerator.</param>
    /// <param name="whole">The denominator.</param>
    /// <returns>The ratio as a decimal.</returns>
    public static decimal Ratio(int part, int whole) => whole == 0 ? 0m : (decimal)part / whole;

    /// <summary>The larger of two integers.</summary>
    /// <param name="a">One value.</param>
    /// <param name="b">The other value.</param>
    /// <returns>The larger one.</returns>
    public static int Max(int a, int b) => Math.Max(a, b);

    /// <summary>The smaller of two integers.</summary>
    /// <param name="a">One value.</param>
    /// <param name="b">The other value.</param>
    /// <returns>The smaller one.</returns>
    public static int Min(int a, int b) => Math.Min(a, b);

    /// <summary>
    /// The GB/T 4754-2017 division (大类) of an industry code written with or without its section letter: its first two
    /// digits, as documents read "the same industry" (本行业); a code shorter than two digits is returned as it is.
    /// </summary>
    /// <param name="industryCode">An industry code, e.g. <c>0610</c> or <c>B0610</c>.</param>
    /// <returns>The division, e.g. <c>06</c>.</returns>
    public static string Division(string industryCode) => CodeForms.Industry(industryCode) is var digits && digits.Length > 2 ? digits[..2] : digits;

    /// <summary>A date literal: <c>Fn.Date(2014, 12, 1)</c>.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day of the month.</param>
    /// <returns>The date; a day that does not exist fails the rule with an error naming it.</returns>
    public static LocalDate Date(int year, int month, int day) => new(year, month, day);

    /// <summary>
    /// Whole months from <paramref name="from"/> to <paramref name="to"/> (negative when <paramref name="to"/> is
    /// earlier), by NodaTime's month arithmetic: 31 January to 29 February is one month.
    /// </summary>
    /// <param name="from">The first date.</param>
    /// <param name="to">The second date.</param>
    /// <returns>The number of complete months between them.</returns>
    public static int MonthsBetween(LocalDate from, LocalDate to) => Period.Between(from, to, PeriodUnits.Months).Months;

    /// <summary>Days from <paramref name="from"/> to <paramref name="to"/> (negative when <paramref name="to"/> is earlier).</summary>
    /// <param name="from">The first date.</param>
    /// <param name="to">The second date.</param>
    /// <returns>The number of days between them.</returns>
    public static int DaysBetween(LocalDate from, LocalDate to) => Period.Between(from, to, PeriodUnits.Days).Days;
}
