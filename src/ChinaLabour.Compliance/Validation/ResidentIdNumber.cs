using System;
using ChinaLabour.Compliance.Text;
using NodaTime;

namespace ChinaLabour.Compliance.Validation;

/// <summary>
/// The citizen identification number (公民身份号码) of GB 11643-1999: a six-digit region code, the birth date as
/// yyyyMMdd, a three-digit sequence and a check character, 0 to 9 or X.
/// </summary>
/// <remarks>
/// An ID number is personal information: never put one in an exception message, a log or a report unmasked; use
/// <see cref="Mask"/>. Nothing this class returns or throws contains the number.
/// </remarks>
/// <threadsafety>Stateless; safe to call from any thread.</threadsafety>
public static class ResidentIdNumber
{
    /// <summary>The length of a number.</summary>
    public const int Length = 18;

    /// <summary>The check character for each value of the weighted sum modulo 11.</summary>
    private const string CheckCharacters = "10X98765432";

    private const int ShownFirst = 6;
    private const int ShownLast = 4;


    /// <summary>The weight of characters 1 to 17: 2^(18-i) mod 11 (GB 11643-1999, 7.2).</summary>
    private static ReadOnlySpan<int> Weights => [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>Checks the length, the digits, the birth date and the check character of <paramref name="number"/>.</summary>
    /// <param name="number">The number, exactly as recorded: no white space is trimmed, and the check character X must be uppercase.</param>
    /// <returns>The region code and birth date of a valid number, or the first problem found; never throws.</returns>
    public static ResidentIdNumberResult Validate(string? number)
    {
        var (problem, reason, birthDate) = Check(number);
        return problem is { } found ? ResidentIdNumberResult.Invalid(found, reason!) : ResidentIdNumberResult.Valid(number![..6], birthDate);
    }

    /// <summary>
    /// What is wrong with <paramref name="number"/>, in words that quote no part of it; null when it is valid. For the
    /// snapshot's validation, which reads every worker's number and keeps nothing of a valid one.
    /// </summary>
    internal static BilingualText? Fault(string? number) => Check(number).Reason;

    /// <summary>The first problem found and its words, or none and the birth date.</summary>
    private static (IdentifierProblem? Problem, BilingualText? Reason, LocalDate BirthDate) Check(string? number)
    {
        if (number is null)
        {
            return (IdentifierProblem.Missing, ValidationMessages.NoIdNumber, default);
        }

        if (number.Length != Length)
        {
            return (IdentifierProblem.WrongLength, ValidationMessages.WrongLength(number.Length, Length), default);
        }

        var sum = 0;
        for (var i = 0; i < Length - 1; i++)
        {
            if (!IsDigit(number[i]))
            {
                return (IdentifierProblem.InvalidCharacter, ValidationMessages.NotADigit(i + 1), default);
            }

            sum += (number[i] - '0') * Weights[i];
        }

        var found = number[Length - 1];
        if (!IsDigit(found) && found != 'X')
        {
            return (IdentifierProblem.InvalidCharacter, ValidationMessages.NotADigitOrX(Length), default);
        }

        if (BirthDate(number.AsSpan(6, 8)) is not { } birthDate)
        {
            return (IdentifierProblem.InvalidBirthDate, ValidationMessages.NotARealBirthDate, default);
        }

        return found == CheckCharacters[sum % 11]
            ? (null, null, birthDate)
            : (IdentifierProblem.WrongCheckCharacter, ValidationMessages.IdCheckMismatch, default);
    }

    /// <summary>
    /// The date of eight digits <c>uuuuMMdd</c>, as NodaTime's pattern of that form reads it (a test holds the two
    /// together), or null when no such day exists. Read by arithmetic: a province's batch reads nine million of them,
    /// and the pattern made a string and a parse bucket for each.
    /// </summary>
    internal static LocalDate? BirthDate(ReadOnlySpan<char> digits)
    {
        return DigitDate.TryNumber(digits[..4], out var year) && DigitDate.TryNumber(digits[4..6], out var month) && DigitDate.TryNumber(digits[6..], out var day)
            ? DigitDate.Day(year, month, day)
            : null;
    }

    /// <summary>
    /// The number with all but its first 6 and last 4 characters replaced by <c>*</c>, as
    /// <c>140602********1234</c>; a value of 10 characters or fewer is masked whole.
    /// </summary>
    /// <param name="number">The number; need not be valid.</param>
    /// <returns>The masked number, as long as <paramref name="number"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="number"/> is <see langword="null"/>.</exception>
    public static string Mask(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        if (number.Length <= ShownFirst + ShownLast)
        {
            return new string('*', number.Length);
        }

        return string.Concat(
            number.AsSpan(0, ShownFirst),
            new string('*', number.Length - ShownFirst - ShownLast),
            number.AsSpan(number.Length - ShownLast));
    }

    /// <summary>
    /// Whether <paramref name="value"/> has the shape of an ID number, valid or not — 17 digits and a digit or X, or
    /// the 15 digits of the first-generation number — so that it is masked wherever it is quoted.
    /// </summary>
    internal static bool LooksLikeOne(string value)
    {
        var digits = value.Length switch
        {
            Length => value[Length - 1] is 'X' or 'x' ? Length - 1 : Length,
            15 => 15,
            _ => -1,
        };

        if (digits < 0)
        {
            return false;
        }

        for (var i = 0; i < digits; i++)
        {
            if (!IsDigit(value[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';
}
