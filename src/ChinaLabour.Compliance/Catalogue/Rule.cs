using System.Collections.Generic;
using ChinaLabour.Compliance.Text;

namespace ChinaLabour.Compliance.Catalogue;

/// <summary>A rule of the catalogue: what it checks, where it comes from and whom it binds.</summary>
/// <param name="Id">Stable identifier, e.g. <c>jin-rsbf-2022-18.dispatch.ratio</c>.</param>
/// <param name="Title">Short title.</param>
/// <param name="Document">The document the rule is drawn from.</param>
/// <param name="Citation">The clause it is drawn from.</param>
/// <param name="LegalBasis">The national law behind the clause.</param>
/// <param name="Applies">Which employers it binds, and when.</param>
/// <param name="Severity">How grave a violation is.</param>
/// <param name="Needs">The facts it reads.</param>
/// <param name="Duty">
/// A key shared by rules of different documents that state the same duty, e.g. <c>dispatch.ratio</c>, so that a
/// report can show one finding with every clause it breaks; <see langword="null"/> when the duty stands alone.
/// </param>
public sealed record Rule(
    string Id,
    BilingualText Title,
    SourceDocument Document,
    Citation Citation,
    IReadOnlyList<LegalBasis> LegalBasis,
    Applicability Applies,
    Severity Severity,
    IReadOnlyList<string> Needs,
    string? Duty)
{
    /// <summary>The rule's named values (<c>let:</c>) as written, in order.</summary>
    public IReadOnlyList<NamedExpression> Values { get; init; } = [];

    /// <summary>The check as written: true when the employer complies.</summary>
    public string Check { get; init; } = string.Empty;

    /// <summary>The evidence expression as written, when the rule has one.</summary>
    public string? Evidence { get; init; }

    /// <summary>
    /// How the rule reads what its clause leaves to judgement, in one line for a lawyer who will not read the
    /// expressions: which records count, which thresholds and dates, what is not judged.
    /// </summary>
    public string Reading { get; init; } = string.Empty;

    /// <summary>How the rule's share is averaged over a period, when its clause sets a limit on a share; otherwise null.</summary>
    public AverageMeasure? Average { get; init; }
}
