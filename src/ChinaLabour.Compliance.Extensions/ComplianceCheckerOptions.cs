namespace ChinaLabour.Compliance.Extensions;

/// <summary>
/// What <c>AddComplianceChecker</c> builds the checker from: which rules, and the checker's settings. Bound from
/// configuration or set in code; read once, when the catalogue is loaded at start-up.
/// </summary>
/// <remarks>
/// Settable, unlike the library's other types, because the options pattern configures it in place
/// (<c>services.AddComplianceChecker(o => o.RulesFolder = "rules")</c>); what is built from it is immutable.
/// </remarks>
public sealed class ComplianceCheckerOptions
{
    /// <summary>The configuration section <c>AddComplianceChecker(IConfiguration)</c> is usually given: <c>Compliance</c>.</summary>
    public const string SectionName = "Compliance";

    /// <summary>
    /// A folder of rule files to load, laid out like the bundled one; <see langword="null"/> (the default) for the
    /// catalogue bundled in the package.
    /// </summary>
    public string? RulesFolder { get; set; }

    /// <summary>
    /// With <see cref="RulesFolder"/>: load the bundled rules too, the folder's rules added to them (a province's or a
    /// company's own rules); the two must not share rule ids. Without a folder the bundled rules are loaded anyway.
    /// </summary>
    public bool IncludeBundledRules { get; set; }

    /// <summary>The checker's settings: step and time budgets per rule, ID numbers masked or shown.</summary>
    public CheckerOptions Checker { get; set; } = new();
}
