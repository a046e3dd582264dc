using System.Collections.Generic;
using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Text;

namespace ChinaLabour.Compliance.Checking;

/// <summary>How one rule was decided for one employer, with what it rests on.</summary>
public sealed record RuleResult
{
    /// <summary>The rule that was decided.</summary>
    public required Rule Rule { get; init; }

    /// <summary>The decision.</summary>
    public required Outcome Outcome { get; init; }

    /// <summary>Why the rule does not apply, when <see cref="Outcome"/> is <see cref="Outcome.NotApplicable"/>.</summary>
    public NotApplicableReason? NotApplicable { get; init; }

    /// <summary>The reason in words, for every outcome but <see cref="Outcome.Violated"/> and <see cref="Outcome.Compliant"/>.</summary>
    public BilingualText? Reason { get; init; }

    /// <summary>The facts that were missing, when <see cref="Outcome"/> is <see cref="Outcome.Indeterminate"/>.</summary>
    public IReadOnlyList<string> MissingFacts { get; init; } = [];

    /// <summary>The rule's named values, in the order the rule defines them.</summary>
    public IReadOnlyList<NamedValue> Values { get; init; } = [];

    /// <summary>The records that break the rule.</summary>
    public IReadOnlyList<EvidenceItem> Evidence { get; init; } = [];

    /// <summary>Facts missing for the evidence (e.g. a roster behind headcount totals), so no records could be named.</summary>
    public IReadOnlyList<string> EvidenceUnavailable { get; init; } = [];

    /// <summary>The rule's message with its figures, when it was evaluated.</summary>
    /// <remarks>Written when first read, from the rule's template and <see cref="Values"/>; equal results have equal messages whether read or not.</remarks>
    public BilingualText? Message
    {
        get => _message?.Text;
        init => _message = value is null ? null : new DeferredMessage(value);
    }

    private readonly DeferredMessage? _message;

    /// <summary>The message as the evaluator gives it: a template and values, written when first read.</summary>
    internal DeferredMessage? DeferredMessage
    {
        get => _message;
        init => _message = value;
    }

    /// <summary>What it would take to comply, when the rule is violated.</summary>
    /// <remarks>Written when first read, as <see cref="Message"/> is.</remarks>
    public BilingualText? Remedy
    {
        get => _remedy?.Text;
        init => _remedy = value is null ? null : new DeferredMessage(value);
    }

    private readonly DeferredMessage? _remedy;

    /// <summary>The remedy as the evaluator gives it: a template and values, written when first read.</summary>
    internal DeferredMessage? DeferredRemedy
    {
        get => _remedy;
        init => _remedy = value;
    }
}
