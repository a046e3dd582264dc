using Compliance.Catalogue;
using Compliance.Checking;

namespace Compliance.Reporting;

/// <summary>The names reports use for enumeration values: camelCase, fixed, independent of culture.</summary>
internal static class Names
{
    public static string Of(Outcome outcome) => outcome switch
    {
        Outcome.Violated => "violated",
        Outcome.Compliant => "compliant",
        Outcome.NotApplicable => "notApplicable",
        Outcome.Indeterminate => "indeterminate",
        _ => "error",
    };

    public static string Of(Severity severity) => severity switch
    {
        Severity.Critical => "critical",
        Severity.Major => "major",
        _ => "minor",
    };

    public static string Of(NotApplicableReason reason) => reason switch
    {
        NotApplicableReason.OtherRegion => "otherRegion",
        NotApplicableReason.OtherIndustry => "otherIndustry",
        NotApplicableReason.NotYetInForce => "notYetInForce",
        NotApplicableReason.NoLongerInForce => "noLongerInForce",
        _ => "exempted",
    };
}
