using System;
using System.Collections.Generic;
using System.Linq;
using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Expressions;
using ChinaLabour.Compliance.Text;
using ChinaLabour.Compliance.Yaml;

namespace ChinaLabour.Compliance.Loading;

/// <summary>Compiles a rule draft's expressions and templates, reporting each failure at its own position.</summary>
internal sealed class RuleCompiler
{
    private readonly ExpressionCompiler _expressions = new();

    public CompiledRule? Compile(RuleDraft draft, SourceDocument? document, DiagnosticBag diagnostics)
    {
        var before = diagnostics.Count;

        // The rule's first day in force, which expressions read as inForce: the floor for the events it judges.
        var from = draft.From ?? document?.InForceFrom ?? default;
        if (document is not null)
        {
            DateSanity.Check(draft, document, from, diagnostics);
        }

        var parameters = new List<ExpressionParameter> { ExpressionParameter.AsOf(), ExpressionParameter.InForce(from) };
        var roots = new List<string>();
        foreach (var need in draft.Needs)
        {
            var name = need.Value!.Trim();
            if (!FactRoots.Types.TryGetValue(name, out var type))
            {
                diagnostics.Add(need.Start, LoadMessages.UnknownFact, draft.Id, LoadMessages.Fact(name, FactRoots.Types.Keys));
            }
            else if (!roots.Contains(name))
            {
                roots.Add(name);
                parameters.Add(ExpressionParameter.Fact(name));
            }
        }

        var values = new List<CompiledValue>();
        var valueOutcomes = new List<ExpressionOutcome<object>>();

        // A named value that does not compile is reported once: what reads it later is not reported again.
        var failed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, key, source) in draft.Values)
        {
            if (parameters.Any(p => p.Name == name))
            {
                diagnostics.Add(key.Start, YamlMessages.BadValue, draft.Id, $"the named value '{name}' is already a fact or value name");
                continue;
            }

            var outcome = _expressions.Compile<object>(source.Text, parameters, $"let.{name}", type => type == typeof(void) ? "a value" : null);
            if (Report(outcome, source, draft.Id, diagnostics, failed) is { } compute)
            {
                var moves = parameters.Any(p => p.MovesWithAsOf && outcome.Reads.Contains(p.Name));
                parameters.Add(ExpressionParameter.Value(name, outcome.Type!, values.Count) with { MovesWithAsOf = moves });
                values.Add(new CompiledValue(name, outcome.Type!, compute));
                valueOutcomes.Add(outcome);
            }
            else
            {
                failed.Add(name);
            }
        }

        var unless = draft.UnlessWhen is { } unlessSource ? Condition(unlessSource, parameters, "applies.unless.when", values, draft.Id, diagnostics, failed) : null;
        var check = draft.Check is { } checkSource
            ? Report(_expressions.Compile<bool>(checkSource.Text, parameters, "check", Bool), checkSource, draft.Id, diagnostics, failed)
            : null;

        // Evidence may also read facts the decision does not need (a roster behind headcount totals); it is
        // shown only when they are present.
        var extraRoots = FactRoots.Types.Keys.Where(r => !roots.Contains(r)).ToArray();
        var allFacts = parameters.Concat(extraRoots.Select(ExpressionParameter.Fact)).ToArray();

        // Whether the rule applies outside its industries may read any fact: the records that show the activity.
        var alsoWhen = draft.AlsoWhen is { } alsoSource
            ? Condition(alsoSource, [ExpressionParameter.AsOf(), ExpressionParameter.InForce(from), .. FactRoots.Types.Keys.Select(ExpressionParameter.Fact)], "applies.alsoWhen", [], draft.Id, diagnostics, failed)
            : null;
        Func<EvaluationContext, object>? evidence = null;
        var evidenceReads = Array.Empty<string>();
        string? evidenceCount = null;
        if (draft.Evidence is { } evidenceSource)
        {
            var outcome = _expressions.Compile<object>(evidenceSource.Text, allFacts, "evidence", Records);
            evidence = Report(outcome, evidenceSource, draft.Id, diagnostics, failed);
            evidenceReads = FactRoots.Types.Keys.Where(outcome.Reads.Contains).ToArray();
            if (evidence is not null && SharedWalk.Find(valueOutcomes, outcome) is var (index, count, kept))
            {
                values[index] = values[index] with { Compute = count };
                evidence = kept;
                evidenceCount = values[index].Name;
            }
        }

        var names = values.Select(v => v.Name).ToArray();
        var types = values.ToDictionary(v => v.Name, v => v.Type, StringComparer.Ordinal);
        var message = Template(draft.Message, "message.violated", names, types, draft.Id, diagnostics, failed);
        var compliantMessage = Template(draft.CompliantMessage, "message.compliant", names, types, draft.Id, diagnostics, failed);
        var remedy = Template(draft.Remedy, "remedy", names, types, draft.Id, diagnostics, failed);

        var average = Average(draft, types, diagnostics);
        if (diagnostics.Count > before || document is null || draft.Title is null || draft.Citation is null
            || draft.Severity is null || check is null || message is null || compliantMessage is null || draft.Reading is null)
        {
            return null;
        }

        var applies = new Applicability(
            draft.Regions.Count > 0 ? draft.Regions.ToArray() : document.Jurisdiction,
            draft.Industries.ToArray(),
            from,
            draft.ToNone ? null : draft.To ?? document.InForceTo,
            draft.UnlessWhen is { } when ? new Exemption(when.Text, draft.UnlessReason!) : null)
        {
            AlsoWhen = draft.AlsoWhen?.Text,
        };
        var rule = new Rule(
            draft.Id,
            draft.Title,
            document,
            draft.Citation with { Document = document.Number },
            draft.LegalBasis.ToArray(),
            applies,
            draft.Severity.Value,
            roots.ToArray(),
            draft.Duty)
        {
            Values = draft.Values.Select(v => new NamedExpression(v.Name, v.Expression.Text)).ToArray(),
            Check = draft.Check!.Text,
            Evidence = draft.Evidence?.Text,
            Reading = draft.Reading,
            Average = average,
        };
        return new CompiledRule(rule, new FactNeeds(roots), values.ToArray(), unless, check, new CompiledEvidence(evidence, new FactNeeds(evidenceReads)) { Count = evidenceCount }, message, compliantMessage, remedy)
        {
            AlsoWhen = alsoWhen,
        };
    }

    /// <summary>The share a rule averages over a period: three named numbers of the rule.</summary>
    private static AverageMeasure? Average(RuleDraft draft, IReadOnlyDictionary<string, Type> types, DiagnosticBag diagnostics)
    {
        if (draft.Average is not { } average)
        {
            return null;
        }

        var numbers = types.Where(t => t.Value == typeof(int) || t.Value == typeof(long) || t.Value == typeof(decimal) || t.Value == typeof(double))
            .Select(t => t.Key).Order(StringComparer.Ordinal).ToArray();
        var valid = true;
        foreach (var (key, node) in new[] { ("part", average.Part), ("whole", average.Whole), ("atMost", average.Limit) })
        {
            if (!numbers.Contains(node.Value!.Trim(), StringComparer.Ordinal))
            {
                diagnostics.Add(node.Start, LoadMessages.BadAverage, draft.Id, LoadMessages.AverageValue(key, node.Value.Trim(), numbers));
                valid = false;
            }
        }

        return valid ? new AverageMeasure(average.Part.Value!.Trim(), average.Whole.Value!.Trim(), average.Limit.Value!.Trim(), average.Reading) : null;
    }

    private static string? Bool(Type type) => type == typeof(bool) ? null : "true or false";

    private CompiledCondition? Condition(
        ExpressionSource source,
        IReadOnlyList<ExpressionParameter> parameters,
        string what,
        IReadOnlyList<CompiledValue> values,
        string ruleId,
        DiagnosticBag diagnostics,
        IReadOnlySet<string> failed)
    {
        var outcome = _expressions.Compile<bool>(source.Text, parameters, what, Bool);
        return Report(outcome, source, ruleId, diagnostics, failed) is { } test
            ? new CompiledCondition(test, new FactNeeds(FactRoots.Types.Keys.Where(outcome.Reads.Contains).ToArray()), values.Any(v => outcome.Reads.Contains(v.Name)))
            : null;
    }

    private static string? Records(Type type)
    {
        var element = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type.GetGenericArguments()[0]
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
        return element is not null && typeof(IFactRecord).IsAssignableFrom(element)
            ? null
            : "a list of records (workers or posts), e.g. workers.Where(w => w.IsDispatched)";
    }

    private static Func<EvaluationContext, T>? Report<T>(
        ExpressionOutcome<T> outcome, ExpressionSource source, string ruleId, DiagnosticBag diagnostics, IReadOnlySet<string> failed)
    {
        // Reading a value that failed is the first failure's cascade, not a new cause.
        if (outcome.Function is null && !failed.Any(name => outcome.Error!.Contains($"Unknown identifier '{name}'", StringComparison.Ordinal)))
        {
            diagnostics.Add(source.At(outcome.Offset), outcome.Code!, ruleId, outcome.Error!);
        }

        return outcome.Function;
    }

    private static BilingualTemplate? Template(
        TemplateSource? source,
        string what,
        IReadOnlyList<string> names,
        IReadOnlyDictionary<string, Type> types,
        string ruleId,
        DiagnosticBag diagnostics,
        IReadOnlySet<string> failed)
    {
        if (source is null)
        {
            return null;
        }

        var zh = One(source.Zh, source.ZhStart, $"{what}.zh");
        var en = One(source.En, source.EnStart, $"{what}.en");
        return zh is null || en is null ? null : new BilingualTemplate(zh, en);

        MessageTemplate? One(string text, YamlDotNet.Core.Mark start, string key)
        {
            var template = MessageTemplate.Parse(text, out var error);
            if (template is null)
            {
                diagnostics.Add(start, LoadMessages.BadTemplate, ruleId, LoadMessages.Template(key, error!));
                return null;
            }

            var ok = true;
            foreach (var (name, format) in template.Placeholders)
            {
                if (failed.Contains(name))
                {
                    ok = false;
                }
                else if (!types.TryGetValue(name, out var type))
                {
                    diagnostics.Add(start, LoadMessages.BadTemplate, ruleId, LoadMessages.Template(key, LoadMessages.UnknownPlaceholder(name, names)));
                    ok = false;
                }
                else if (!ValueFormatter.Accepts(type, format))
                {
                    diagnostics.Add(start, LoadMessages.BadTemplate, ruleId, LoadMessages.Template(key, $"format '{format}' does not suit '{name}', which is {TypeNames.Describe(type)}"));
                    ok = false;
                }
            }

            return ok ? template : null;
        }
    }
}
