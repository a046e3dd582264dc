using System.Reflection;
using Compliance.Tests.Shared;
using Xunit;

namespace Compliance.Spreadsheets.Tests;

/// <summary>The ChinaLabour.Compliance.Spreadsheets package's public API is a reviewed file (<c>PublicApi.approved.txt</c>); see <see cref="PublicApiApproval"/>.</summary>
public sealed class PublicApiTests
{
    private static readonly Assembly s_library = Assembly.Load("ChinaLabour.Compliance.Spreadsheets");

    [Fact]
    public void Public_api_matches_the_approved_list() =>
        PublicApiApproval.MatchesApproved(s_library, "PublicApi.approved.txt", "Compliance.Spreadsheets.Tests.csproj");

    [Fact]
    public void Public_classes_are_sealed_or_static() => PublicApiApproval.ClassesAreSealedOrStatic(s_library);

    [Fact]
    public void Public_records_and_classes_have_no_public_setters() => PublicApiApproval.HasNoPublicSetters(s_library);
}
