using System;

namespace ChinaLabour.Compliance.Validation;

/// <summary>
/// Codes as the standards write them, reduced to the digits rules compare by prefix: a GB/T 4754-2017 industry code
/// with or without its section letter (<c>B0610</c> and <c>0610</c>), a GB/T 2260 region code of two, four or six
/// digits, a province or prefecture written with trailing zeros (<c>140000</c> is <c>14</c>, <c>140600</c> is
/// <c>1406</c>).
/// </summary>
internal static class CodeForms
{
    /// <summary>
    /// The digits of an industry code: white space and a leading section letter dropped. A bare section letter
    /// gives the empty text (coarser than any division); text that is no industry code is returned trimmed.
    /// </summary>
    /// <param name="code">The code as written.</param>
    /// <returns>The digits.</returns>
    public static string Industry(string code)
    {
        var text = code.Trim();
        return text.Length >= 1 && char.IsAsciiLetter(text[0]) && (text.Length == 1 || CodeTable.IsDigits(text.AsSpan(1)))
            ? text[1..]
            : text;
    }

    /// <summary>The digits of a region code, with the zeros of a province or prefecture written in six digits dropped.</summary>
    /// <param name="code">The code as written.</param>
    /// <returns>The code's meaningful digits.</returns>
    public static string Region(string code)
    {
        var text = code.Trim();
        if (text.Length != 6 || !CodeTable.IsDigits(text))
        {
            return text;
        }

        return text.EndsWith("0000", StringComparison.Ordinal) ? text[..2]
            : text.EndsWith("00", StringComparison.Ordinal) ? text[..4]
            : text;
    }

    /// <summary>Whether an employer's code (normalised) lies within one of a rule's prefixes.</summary>
    /// <param name="code">The employer's code, as <see cref="Industry"/> or <see cref="Region"/> gives it.</param>
    /// <param name="prefixes">The rule's prefixes.</param>
    /// <returns>Within, outside, or too coarse to tell (a province's code against a prefecture's rule).</returns>
    public static CodeScope Scope(string code, System.Collections.Generic.IReadOnlyList<string> prefixes)
    {
        var coarse = false;
        foreach (var prefix in prefixes)
        {
            if (code.StartsWith(prefix, StringComparison.Ordinal))
            {
                return CodeScope.Within;
            }

            coarse |= prefix.StartsWith(code, StringComparison.Ordinal);
        }

        return coarse ? CodeScope.TooCoarse : CodeScope.Outside;
    }
}
