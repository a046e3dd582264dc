using System.Collections.Generic;
using ChinaLabour.Compliance.Text;
using NodaTime;

namespace ChinaLabour.Compliance.Catalogue;

/// <summary>A policy document that rules are drawn from.</summary>
/// <param name="Number">The document number, e.g. 晋人社办发〔2022〕18号.</param>
/// <param name="Title">The document's title.</param>
/// <param name="Issuer">Who issued it.</param>
/// <param name="Issued">When it was issued.</param>
/// <param name="Jurisdiction">GB/T 2260 region-code prefixes of where it applies.</param>
/// <param name="Source">Path of the document's text, relative to the rule folder.</param>
/// <param name="RuleFile">The rule file the document is described in.</param>
public sealed record SourceDocument(
    string Number,
    BilingualText Title,
    string Issuer,
    LocalDate Issued,
    IReadOnlyList<string> Jurisdiction,
    string Source,
    string RuleFile)
{
    /// <summary>
    /// Which version of the document the text is, for a law that has been amended (<c>2021年修正</c>): a date before the
    /// version's <see cref="InForceFrom"/> is not judged by it, and the reason says so.
    /// </summary>
    public string? Version { get; init; }

    /// <summary>The first day the document is in force, which its rules inherit; its issue date unless it says otherwise.</summary>
    public LocalDate InForceFrom { get; init; } = Issued;

    /// <summary>
    /// The last day the document is in force (a work plan's year), which its rules inherit unless they set their own;
    /// <see langword="null"/> while it stays in force.
    /// </summary>
    public LocalDate? InForceTo { get; init; }

    /// <summary>
    /// The clauses the document's text has, in its order, as its rule file's <c>document.clauses</c> finds them; empty
    /// when the file declares no numbering.
    /// </summary>
    public IReadOnlyList<string> Clauses { get; init; } = [];

    /// <summary>Every clause of the document, in the document's order, with how the catalogue covers it.</summary>
    public IReadOnlyList<ClauseCoverage> Coverage { get; init; } = [];
}
