using System.Diagnostics.CodeAnalysis;
using ChinaLabour.Compliance.Text;
using NodaTime;

namespace ChinaLabour.Compliance.Validation;

/// <summary>
/// Whether a resident ID number is well formed and, when it is, its region code and birth date; when it is not, why
/// not. Holds no part of the number but those two, and <see cref="ToString"/> shows neither.
/// </summary>
/// <remarks>Returned by <see cref="ResidentIdNumber.Validate"/>; the parts are set only when the number is valid.</remarks>
/// <threadsafety>Immutable; safe to share across threads.</threadsafety>
public sealed record ResidentIdNumberResult
{
    private ResidentIdNumberResult(IdentifierProblem? problem, BilingualText? reason, string? regionCode, LocalDate? birthDate)
    {
        Problem = problem;
        Reason = reason;
        RegionCode = regionCode;
        BirthDate = birthDate;
    }

    /// <summary>Whether the number has 17 digits, a real birth date and the right check character.</summary>
    [MemberNotNullWhen(true, nameof(RegionCode))]
    [MemberNotNullWhen(false, nameof(Reason))]
    public bool IsValid => RegionCode is not null;

    /// <summary>What is wrong; <see langword="null"/> when the number is valid.</summary>
    public IdentifierProblem? Problem { get; }

    /// <summary>What is wrong, in words that quote no part of the number; <see langword="null"/> when valid.</summary>
    public BilingualText? Reason { get; }

    /// <summary>
    /// Characters 1 to 6, the GB/T 2260 region code of where the number was first issued (常住户口所在县（市、旗、区）),
    /// e.g. <c>140602</c>; possibly retired since.
    /// </summary>
    public string? RegionCode { get; }

    /// <summary>Characters 7 to 14, the birth date. Personal information: keep it out of logs and reports.</summary>
    public LocalDate? BirthDate { get; }

    /// <summary>Whether the number is valid or the reason it is not, in English; never the region or birth date.</summary>
    /// <returns><c>valid</c> or the reason.</returns>
    public override string ToString() => IsValid ? "valid" : Reason.En;

    internal static ResidentIdNumberResult Valid(string regionCode, LocalDate birthDate) => new(null, null, regionCode, birthDate);

    internal static ResidentIdNumberResult Invalid(IdentifierProblem problem, BilingualText reason) => new(problem, reason, null, null);
}
