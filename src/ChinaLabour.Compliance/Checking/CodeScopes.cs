using System.Collections.Generic;
using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Validation;

namespace ChinaLabour.Compliance.Checking;

/// <summary>
/// How one employer code (a region's or an industry's) lies against every rule's prefixes, worked out once per code,
/// with the not-applicable result of each rule the code lies outside, made the first time it is needed and then shared
/// by every employer of that code. A province's employers share a few hundred codes: working the scope out and looking
/// each rule's result up by code for every employer and rule was a tenth of a check (measured).
/// </summary>
/// <threadsafety>Safe to use from many threads: two threads that make the same result at once make equal ones.</threadsafety>
internal sealed class CodeScopes
{
    private readonly IReadOnlyList<CompiledRule> _rules;
    private readonly NotApplicableReason _reason;
    private readonly CodeScope[] _scopes;
    private readonly RuleResult?[] _outside;

    private CodeScopes(string code, IReadOnlyList<CompiledRule> rules, NotApplicableReason reason)
    {
        Code = code;
        _rules = rules;
        _reason = reason;
        string normalised;
        if (reason == NotApplicableReason.OtherRegion)
        {
            normalised = CodeForms.Region(code);
            Named = new NamedCode(code, RegionCodes.Default.TryGet(code, out var place) ? place.NameInWords : null);
        }
        else
        {
            normalised = CodeForms.Industry(code);
            Named = new NamedCode(code, IndustryCodes.Default.TryGet(code, out var known) ? known.Name : null);
        }

        _scopes = new CodeScope[rules.Count];
        _outside = new RuleResult?[rules.Count];
        for (var i = 0; i < _scopes.Length; i++)
        {
            var prefixes = Prefixes(rules[i].Definition);
            _scopes[i] = prefixes.Count == 0 ? CodeScope.Within : CodeForms.Scope(normalised, prefixes);
        }
    }

    /// <summary>The code as the employer's records give it, as the results' words name it.</summary>
    public string Code { get; }

    /// <summary>The code with its name in the standard's table, as reports give it.</summary>
    public NamedCode Named { get; }

    /// <summary>How a region code lies against every rule's regions.</summary>
    public static CodeScopes Region(string code, IReadOnlyList<CompiledRule> rules) => new(code, rules, NotApplicableReason.OtherRegion);

    /// <summary>How an industry code lies against every rule's industries.</summary>
    public static CodeScopes Industry(string code, IReadOnlyList<CompiledRule> rules) => new(code, rules, NotApplicableReason.OtherIndustry);

    /// <summary>How the code lies against rule <paramref name="index"/>'s prefixes: within, for a rule that names none.</summary>
    public CodeScope Of(int index) => _scopes[index];

    /// <summary>Rule <paramref name="index"/> not applicable to an employer of this code, which lies outside its prefixes.</summary>
    /// <exception cref="System.InvalidOperationException">The code does not lie outside the rule's prefixes.</exception>
    public RuleResult Outside(int index)
    {
        if (_scopes[index] != CodeScope.Outside)
        {
            // A not-applicable result for an employer the rule binds would be a verdict withheld: refuse it.
            throw new System.InvalidOperationException($"{Code} does not lie outside the prefixes of rule {_rules[index].Definition.Id}");
        }

        if (_outside[index] is { } made)
        {
            return made;
        }

        var rule = _rules[index].Definition;
        var reason = _reason == NotApplicableReason.OtherRegion
            ? CheckMessages.OtherRegion(Code, rule.Applies.Regions)
            : CheckMessages.OtherIndustry(Code, rule.Applies.Industries);
        return _outside[index] = new RuleResult { Rule = rule, Outcome = Outcome.NotApplicable, NotApplicable = _reason, Reason = reason };
    }

    private IReadOnlyList<string> Prefixes(Rule rule) => _reason == NotApplicableReason.OtherRegion ? rule.Applies.Regions : rule.Applies.Industries;
}
