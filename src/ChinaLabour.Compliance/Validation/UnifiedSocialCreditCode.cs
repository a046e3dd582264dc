using System;

namespace ChinaLabour.Compliance.Validation;

/// <summary>
/// The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters of digits and uppercase letters
/// except I, O, Z, S and V — registration authority, organisation type, six-digit region code, nine-character
/// organisation code and a check character.
/// </summary>
/// <threadsafety>Stateless; safe to call from any thread.</threadsafety>
public static class UnifiedSocialCreditCode
{
    /// <summary>The length of a code.</summary>
    public const int Length = 18;

    /// <summary>The 31 characters of the code set, each worth its index.</summary>
    private const string CodeSet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>The weight of characters 1 to 17: 3^(i-1) mod 31 (GB 32100-2015, table 2).</summary>
    private static ReadOnlySpan<int> Weights => [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>
    /// Checks the length, the characters and the check character of <paramref name="code"/>. The region code part is
    /// not checked against the current division list: a code keeps the region it was issued in.
    /// </summary>
    /// <param name="code">The code, exactly as recorded: no white space is trimmed, no letter upper-cased.</param>
    /// <returns>The parts of a valid code, or the first problem found; never throws.</returns>
    public static UnifiedSocialCreditCodeResult Validate(string? code)
    {
        if (code is null)
        {
            return UnifiedSocialCreditCodeResult.Invalid(IdentifierProblem.Missing, ValidationMessages.NoCreditCode);
        }

        if (code.Length != Length)
        {
            return UnifiedSocialCreditCodeResult.Invalid(IdentifierProblem.WrongLength, ValidationMessages.WrongLength(code.Length, Length));
        }

        var sum = 0;
        for (var i = 0; i < Length; i++)
        {
            var value = CodeSet.IndexOf(code[i], StringComparison.Ordinal);
            if (value < 0)
            {
                return UnifiedSocialCreditCodeResult.Invalid(IdentifierProblem.InvalidCharacter, ValidationMessages.OutsideCodeSet(code[i], i + 1));
            }

            if (i < Length - 1)
            {
                sum += value * Weights[i];
            }
        }

        // C18 = 31 - MOD(sum, 31), where 31 stands for 0.
        var expected = CodeSet[(CodeSet.Length - (sum % CodeSet.Length)) % CodeSet.Length];
        return code[Length - 1] == expected
            ? UnifiedSocialCreditCodeResult.Valid(code)
            : UnifiedSocialCreditCodeResult.Invalid(
                IdentifierProblem.WrongCheckCharacter, ValidationMessages.WrongCheckCharacter(expected, code[Length - 1]));
    }
}
