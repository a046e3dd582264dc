using System.Collections.Generic;
using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Text;
using NodaTime;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChinaLabour.Compliance.Loading;

/// <summary>
/// A rule as read from its file, before its expressions compile. Members a broken file lacks stay null, so that
/// the rest can still be checked and every problem reported at once.
/// </summary>
internal sealed class RuleDraft
{
    public required string Id { get; init; }

    public required Mark Start { get; init; }

    public BilingualText? Title { get; set; }

    public string? Duty { get; set; }

    /// <summary>Where <c>duty</c> is written, so that a duty error points at it.</summary>
    public Mark DutyStart { get; set; }

    public Citation? Citation { get; set; }

    public Mark QuoteStart { get; set; }

    /// <summary>Where <c>citation.clause</c> is written, so that a clause error points at it.</summary>
    public Mark ClauseStart { get; set; }

    public List<LegalBasis> LegalBasis { get; } = [];

    public List<string> Regions { get; } = [];

    public List<string> Industries { get; } = [];

    public LocalDate? From { get; set; }

    public LocalDate? To { get; set; }

    /// <summary>Where <c>applies.from</c> and <c>applies.to</c> are written, so that a date error points at its key.</summary>
    public Mark FromStart { get; set; }

    /// <summary>Where <c>applies.to</c> is written.</summary>
    public Mark ToStart { get; set; }

    /// <summary>Whether <c>applies.to</c> is written <c>none</c>: no end, whatever the document's.</summary>
    public bool ToNone { get; set; }

    public ExpressionSource? AlsoWhen { get; set; }

    public string? Reading { get; set; }

    public ExpressionSource? UnlessWhen { get; set; }

    public BilingualText? UnlessReason { get; set; }

    public Severity? Severity { get; set; }

    public List<YamlScalarNode> Needs { get; } = [];

    public List<(string Name, YamlScalarNode Key, ExpressionSource Expression)> Values { get; } = [];

    public ExpressionSource? Check { get; set; }

    /// <summary><c>average</c>: the named values for the part, the whole and the limit, each with where it is written, and the reading.</summary>
    public (YamlScalarNode Part, YamlScalarNode Whole, YamlScalarNode Limit, string Reading)? Average { get; set; }

    public ExpressionSource? Evidence { get; set; }

    /// <summary>What a violation says (<c>message.violated</c>).</summary>
    public TemplateSource? Message { get; set; }

    /// <summary>What compliance says (<c>message.compliant</c>).</summary>
    public TemplateSource? CompliantMessage { get; set; }

    public TemplateSource? Remedy { get; set; }
}
