using ChinaLabour.Compliance;

namespace Compliance.Tests.Support;

/// <summary>The bundled catalogue and a checker over it, loaded once for all tests.</summary>
internal static class Bundled
{
    public static RuleCatalogue Catalogue { get; } = RuleCatalogue.LoadBundled().Catalogue!;

    public static ComplianceChecker Checker { get; } = ComplianceChecker.Create(Catalogue);
}
