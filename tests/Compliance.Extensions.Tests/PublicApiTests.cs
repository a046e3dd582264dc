using System.Reflection;
using ChinaLabour.Compliance.Extensions;
using Compliance.Tests.Shared;
using Xunit;

namespace Compliance.Extensions.Tests;

/// <summary>The ChinaLabour.Compliance.Extensions package's public API is a reviewed file (<c>PublicApi.approved.txt</c>); see <see cref="PublicApiApproval"/>.</summary>
public sealed class PublicApiTests
{
    private static readonly Assembly s_library = Assembly.Load("ChinaLabour.Compliance.Extensions");

    [Fact]
    public void Public_api_matches_the_approved_list() =>
        PublicApiApproval.MatchesApproved(s_library, "PublicApi.approved.txt", "Compliance.Extensions.Tests.csproj");

    [Fact]
    public void Public_classes_are_sealed_or_static() => PublicApiApproval.ClassesAreSealedOrStatic(s_library);

    /// <summary>
    /// <see cref="ComplianceCheckerOptions"/> alone is settable: <c>AddComplianceChecker(o => o.RulesFolder = …)</c> and
    /// configuration binding set it in place, as every options type of Microsoft.Extensions.Options is set.
    /// </summary>
    [Fact]
    public void Public_records_and_classes_have_no_public_setters() => PublicApiApproval.HasNoPublicSetters(s_library, typeof(ComplianceCheckerOptions));
}
