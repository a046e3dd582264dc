using System;
using System.Collections.Generic;
using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Text;
using ChinaLabour.Compliance.Validation;

namespace ChinaLabour.Compliance.Checking;

/// <summary>
/// How one employer code (a region's or an industry's) lies against every rule's prefixes, worked out once per code,
/// with the result of each rule the code does not lie within (not applicable outside it, undecided when the code is too
/// coarse to tell), made the first time it is needed and then shared by every employer of that code. A province's
/// employers share a few hundred codes: working the scope out and looking each rule's result up by code for every
/// employer and rule was a tenth of a check (measured). What differs between regions and industries is given once, by
/// <see cref="Region"/> and <see cref="Industry"/>.
/// </summary>
/// <threadsafety>Safe to use from many threads: two threads that make the same result at once make equal ones.</threadsafety>
internal sealed class CodeScopes
{
    /// <summary>The fact a rule of regions lacks when the employer gives no region code.</summary>
    public const string RegionFact = "enterprise.regionCode";

    /// <summary>The fact a rule of industries lacks when the employer gives no industry code.</summary>
    public const string IndustryFact = "enterprise.industryCode";

    private readonly IReadOnlyList<CompiledRule> _rules;
    private readonly Func<Rule, IReadOnlyList<string>> _prefixes;
    private readonly NotApplicableReason _outside;
    private readonly Func<string, IReadOnlyList<string>, BilingualText> _outsideWords;
    private readonly string _fact;
    private readonly Func<string, IReadOnlyList<string>, BilingualText> _coarseWords;
    private readonly CodeScope[] _scopes;
    private readonly RuleResult?[] _results;

    private CodeScopes(
        string code,
        string normalised,
        string? name,
        IReadOnlyList<CompiledRule> rules,
        Func<Rule, IReadOnlyList<string>> prefixes,
        NotApplicableReason outside,
        Func<string, IReadOnlyList<string>, BilingualText> outsideWords,
        string fact,
        Func<string, IReadOnlyList<string>, BilingualText> coarseWords)
    {
        Code = code;
        Named = new NamedCode(code, name);
        _rules = rules;
        _prefixes = prefixes;
        _outside = outside;
        _outsideWords = outsideWords;
        _fact = fact;
        _coarseWords = coarseWords;
        _scopes = new CodeScope[rules.Count];
        _results = new RuleResult?[rules.Count];
        for (var i = 0; i < _scopes.Length; i++)
        {
            var rulePrefixes = prefixes(rules[i].Definition);
            _scopes[i] = rulePrefixes.Count == 0 ? CodeScope.Within : CodeForms.Scope(normalised, rulePrefixes);
        }
    }

    /// <summary>The code as the employer's records give it, as the results' words name it.</summary>
    public string Code { get; }

    /// <summary>The code with its name in the standard's table, as reports give it.</summary>
    public NamedCode Named { get; }

    /// <summary>How a region code lies against every rule's regions.</summary>
    public static CodeScopes Region(string code, IReadOnlyList<CompiledRule> rules) => new(
        code,
        CodeForms.Region(code),
        RegionCodes.Default.TryGet(code, out var place) ? place.NameInWords : null,
        rules,
        static rule => rule.Applies.Regions,
        NotApplicableReason.OtherRegion,
        CheckMessages.OtherRegion,
        RegionFact,
        CheckMessages.RegionTooCoarse);

    /// <summary>How an industry code lies against every rule's industries.</summary>
    public static CodeScopes Industry(string code, IReadOnlyList<CompiledRule> rules) => new(
        code,
        CodeForms.Industry(code),
        IndustryCodes.Default.TryGet(code, out var known) ? known.Name : null,
        rules,
        static rule => rule.Applies.Industries,
        NotApplicableReason.OtherIndustry,
        CheckMessages.OtherIndustry,
        IndustryFact,
        CheckMessages.IndustryTooCoarse);

    /// <summary>How the code lies against rule <paramref name="index"/>'s prefixes: within, for a rule that names none.</summary>
    public CodeScope Of(int index) => _scopes[index];

    /// <summary>
    /// Rule <paramref name="index"/>'s result for an employer of this code, when the code does not lie within the rule's
    /// prefixes: not applicable outside them, undecided (naming the code's fact) when the code is too coarse to tell.
    /// </summary>
    /// <exception cref="InvalidOperationException">The code lies within the rule's prefixes: only the rule can decide.</exception>
    public RuleResult Result(int index)
    {
        if (_results[index] is { } made)
        {
            return made;
        }

        var rule = _rules[index].Definition;
        var prefixes = _prefixes(rule);
        return _results[index] = _scopes[index] switch
        {
            CodeScope.Outside => new RuleResult { Rule = rule, Outcome = Outcome.NotApplicable, NotApplicable = _outside, Reason = _outsideWords(Code, prefixes) },
            CodeScope.TooCoarse => new RuleResult { Rule = rule, Outcome = Outcome.Indeterminate, MissingFacts = [_fact], Reason = _coarseWords(Code, prefixes) },

            // A result for an employer the rule binds would be a verdict withheld: refuse it.
            _ => throw new InvalidOperationException($"{Code} lies within the prefixes of rule {rule.Id}: only the rule can decide"),
        };
    }
}
