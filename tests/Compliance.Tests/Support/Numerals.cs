using System;

namespace Compliance.Tests.Support;

/// <summary>Chinese numerals from 一 to 九十九, as documents number their clauses.</summary>
internal static class Numerals
{
    private const string Digits = "零一二三四五六七八九";

    public static int Parse(string numeral)
    {
        var ten = numeral.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            return Digits.IndexOf(numeral[0], StringComparison.Ordinal);
        }

        var tens = ten == 0 ? 1 : Digits.IndexOf(numeral[0], StringComparison.Ordinal);
        var units = ten == numeral.Length - 1 ? 0 : Digits.IndexOf(numeral[ten + 1], StringComparison.Ordinal);
        return (tens * 10) + units;
    }

    public static string Format(int number) => number switch
    {
        < 10 => Digits[number].ToString(),
        10 => "十",
        < 20 => "十" + Digits[number % 10],
        _ => $"{Digits[number / 10]}十{(number % 10 == 0 ? string.Empty : Digits[number % 10].ToString())}",
    };
}
