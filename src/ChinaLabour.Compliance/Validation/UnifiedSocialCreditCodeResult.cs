using System.Diagnostics.CodeAnalysis;
using ChinaLabour.Compliance.Text;

namespace ChinaLabour.Compliance.Validation;

/// <summary>
/// Whether a unified social credit code is well formed and, when it is, its parts; when it is not, why not.
/// </summary>
/// <remarks>Returned by <see cref="UnifiedSocialCreditCode.Validate"/>; the parts are set only when the code is valid.</remarks>
/// <threadsafety>Immutable; safe to share across threads.</threadsafety>
public sealed record UnifiedSocialCreditCodeResult
{
    private UnifiedSocialCreditCodeResult(
        IdentifierProblem? problem, BilingualText? reason, char? registrationAuthority, char? organizationType, string? regionCode)
    {
        Problem = problem;
        Reason = reason;
        RegistrationAuthority = registrationAuthority;
        OrganizationType = organizationType;
        RegionCode = regionCode;
    }

    /// <summary>Whether the code has 18 characters of the code set and the right check character.</summary>
    [MemberNotNullWhen(true, nameof(RegionCode))]
    [MemberNotNullWhen(false, nameof(Reason))]
    public bool IsValid => RegionCode is not null;

    /// <summary>What is wrong; <see langword="null"/> when the code is valid.</summary>
    public IdentifierProblem? Problem { get; }

    /// <summary>What is wrong, in words, e.g. <c>wrong check character — expected X, found 1</c>; <see langword="null"/> when valid.</summary>
    public BilingualText? Reason { get; }

    /// <summary>Character 1, the registration authority (登记管理部门代码), e.g. <c>9</c> for market regulation.</summary>
    public char? RegistrationAuthority { get; }

    /// <summary>Character 2, the organisation type within that authority (机构类别代码), e.g. <c>1</c> for an enterprise.</summary>
    public char? OrganizationType { get; }

    /// <summary>
    /// Characters 3 to 8, the GB/T 2260 region code of the registering authority (登记管理机关行政区划码), e.g.
    /// <c>140600</c>. It is the region when the code was issued and may since have been retired; it is not checked
    /// against the current division list.
    /// </summary>
    public string? RegionCode { get; }

    internal static UnifiedSocialCreditCodeResult Valid(string code) =>
        new(null, null, code[0], code[1], code.Substring(2, 6));

    internal static UnifiedSocialCreditCodeResult Invalid(IdentifierProblem problem, BilingualText reason) =>
        new(problem, reason, null, null, null);
}
