using System;
using System.Linq;

namespace ChinaLabour.Compliance.Text;

/// <summary>
/// Chinese numerals from 一 to 九百九十九, as documents number their clauses and laws their articles (第一百零七条);
/// <see cref="TryParse"/> reads Arabic digits too, so that a clause numbering can count 1, 2, 3 or 一, 二, 三 alike.
/// </summary>
internal static class Numerals
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>The number a numeral writes, or null when it is not one (Arabic digits or 一 to 九百九十九).</summary>
    public static int? TryParse(string numeral)
    {
        if (numeral.Length == 0 || numeral.Length > 6)
        {
            return null;
        }

        if (numeral.All(char.IsAsciiDigit))
        {
            return int.Parse(numeral, System.Globalization.CultureInfo.InvariantCulture);
        }

        return numeral.All(c => Digits.Contains(c, StringComparison.Ordinal) || c is '十' or '百') ? Parse(numeral) : null;
    }

    public static int Parse(string numeral)
    {
        var hundred = numeral.IndexOf('百', StringComparison.Ordinal);
        if (hundred > 0)
        {
            var rest = numeral[(hundred + 1)..].TrimStart('零');
            return (Digits.IndexOf(numeral[0], StringComparison.Ordinal) * 100) + (rest.Length == 0 ? 0 : ParseTens(rest, afterHundred: true));
        }

        return ParseTens(numeral, afterHundred: false);
    }

    private static int ParseTens(string numeral, bool afterHundred)
    {
        var ten = numeral.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            return Digits.IndexOf(numeral[0], StringComparison.Ordinal);
        }

        // 一百一十 writes the ten's digit; 十 alone at the start means one ten.
        var tens = ten == 0 ? 1 : Digits.IndexOf(numeral[0], StringComparison.Ordinal);
        _ = afterHundred;
        var units = ten == numeral.Length - 1 ? 0 : Digits.IndexOf(numeral[ten + 1], StringComparison.Ordinal);
        return (tens * 10) + units;
    }

    public static string Format(int number) => number switch
    {
        >= 100 => Digits[number / 100] + "百" + (number % 100 == 0 ? string.Empty : number % 100 < 10 ? "零" + Digits[number % 100] : (number % 100 < 20 ? "一" : string.Empty) + Format(number % 100)),
        < 10 => Digits[number].ToString(),
        10 => "十",
        < 20 => "十" + Digits[number % 10],
        _ => $"{Digits[number / 10]}十{(number % 10 == 0 ? string.Empty : Digits[number % 10].ToString())}",
    };
}
