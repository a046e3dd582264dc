using System;
using System.Collections.Generic;
using System.Linq;
using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChinaLabour.Compliance.Waivers;

/// <summary>Reads a waiver file strictly, with the YAML reader rule files use, so its mistakes read like theirs.</summary>
internal static class WaiverFileParser
{
    public static IReadOnlyList<Waiver> Parse(string text, IReadOnlyList<Rule> rules, IReadOnlySet<string>? employers, DiagnosticBag diagnostics)
    {
        YamlStream stream;
        try
        {
            stream = BoundedYamlParser.Load(text);
        }
        catch (YamlException e)
        {
            diagnostics.Add(e.Start, YamlMessages.YamlSyntax, null, YamlMessages.Syntax(e.InnerException?.Message ?? e.Message));
            return [];
        }

        if (stream.Documents.Count > 1)
        {
            diagnostics.Add(stream.Documents[1].RootNode.Start, YamlMessages.YamlSyntax, null, YamlMessages.SeveralDocuments(stream.Documents.Count));
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var at = stream.Documents.Count == 0 ? Mark.Empty : stream.Documents[0].RootNode.Start;
            diagnostics.Add(at, YamlMessages.WrongShape, null, YamlMessages.Shape("the file", WaiverMessages.Shape, "something else"));
            return [];
        }

        var top = new YamlMappingReader(root, diagnostics, null, "the file");
        var ruleIds = rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var duties = rules.Select(r => r.Duty).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var seen = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        var waivers = new List<Waiver>();
        foreach (var node in top.Sequence("waivers", required: true))
        {
            if (ParseWaiver(node, diagnostics, ruleIds, duties, employers, seen) is { } waiver)
            {
                waivers.Add(waiver);
            }
        }

        top.Finish();
        return waivers;
    }

    private static Waiver? ParseWaiver(
        YamlNode node, DiagnosticBag diagnostics, HashSet<string> ruleIds, HashSet<string> duties,
        IReadOnlySet<string>? employers, Dictionary<string, SourcePosition> seen)
    {
        if (node is not YamlMappingNode mapping)
        {
            diagnostics.Add(node.Start, YamlMessages.WrongShape, null, YamlMessages.Shape("waivers", "a list of mappings, one per waiver", YamlMappingReader.Describe(node)));
            return null;
        }

        // The waiver's id labels its diagnostics as a rule id labels a rule's, so it is read before the rest.
        var label = mapping.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: "id" }).Value is YamlScalarNode { Value: { Length: > 0 } v }
            ? v.Trim()
            : null;
        var reading = new YamlMappingReader(mapping, diagnostics, label, "a waiver");
        var id = reading.Scalar("id", required: true);
        var rule = reading.Scalar("rule", required: false);
        var duty = reading.Scalar("duty", required: false);
        var employer = reading.Scalar("employer", required: true);
        var scope = reading.ScalarList("scope", required: false).Select(s => s.Value!.Trim()).ToArray();
        var reason = reading.String("reason", required: true);
        var approver = reading.String("approver", required: true);
        var granted = reading.Date("granted", required: true);
        var expires = reading.Date("expires", required: true);
        reading.Finish();

        var position = new SourcePosition(diagnostics.File, (int)node.Start.Line, (int)node.Start.Column);
        var ok = id is not null && employer is not null && reason is not null && approver is not null && granted is not null && expires is not null;
        if (id?.Value is { } idText && !seen.TryAdd(idText.Trim(), Position(diagnostics, id)))
        {
            diagnostics.Add(id.Start, WaiverMessages.DuplicateId, label, WaiverMessages.Duplicate(idText.Trim(), seen[idText.Trim()]));
            ok = false;
        }

        if ((rule is null) == (duty is null))
        {
            diagnostics.Add(rule?.Start ?? node.Start, WaiverMessages.RuleOrDuty, label, WaiverMessages.NeitherOrBoth);
            ok = false;
        }
        else if (rule?.Value is { } ruleId && !ruleIds.Contains(ruleId.Trim()))
        {
            diagnostics.Add(rule.Start, WaiverMessages.UnknownRule, label, WaiverMessages.Rule(ruleId.Trim(), ruleIds.Order(StringComparer.Ordinal)));
            ok = false;
        }
        else if (duty?.Value is { } dutyKey && !duties.Contains(dutyKey.Trim()))
        {
            diagnostics.Add(duty.Start, WaiverMessages.UnknownDuty, label, WaiverMessages.Duty(dutyKey.Trim(), duties.Order(StringComparer.Ordinal)));
            ok = false;
        }

        if (employers is not null && employer?.Value is { } employerId && !employers.Contains(employerId.Trim()))
        {
            diagnostics.Add(employer.Start, WaiverMessages.UnknownEmployer, label, WaiverMessages.Employer(employerId.Trim(), employers.Order(StringComparer.Ordinal)));
            ok = false;
        }

        if (granted is { } from && expires is { } to && to < from)
        {
            diagnostics.Add(reading.StartOf("expires")!.Value, WaiverMessages.ExpiresBeforeGranted, label, WaiverMessages.Expiry(to, from));
            ok = false;
        }

        return ok
            ? new Waiver
            {
                Id = id!.Value!.Trim(),
                RuleId = rule?.Value?.Trim(),
                Duty = duty?.Value?.Trim(),
                EmployerId = employer!.Value!.Trim(),
                Scope = scope,
                Reason = reason!,
                Approver = approver!,
                Granted = granted!.Value,
                Expires = expires!.Value,
                Position = position,
            }
            : null;
    }

    private static SourcePosition Position(DiagnosticBag diagnostics, YamlNode node) =>
        new(diagnostics.File, (int)node.Start.Line, (int)node.Start.Column);
}
