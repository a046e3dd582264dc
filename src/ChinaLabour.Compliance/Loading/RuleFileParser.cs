using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Text;
using ChinaLabour.Compliance.Yaml;
using NodaTime;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChinaLabour.Compliance.Loading;

/// <summary>Reads one rule file into drafts, reporting every problem of shape it finds.</summary>
internal static partial class RuleFileParser
{
    public static (DocumentDraft? Document, IReadOnlyList<RuleDraft> Rules, IReadOnlyList<CoverageDraft> Coverage) Parse(
        RuleFileSource file, DiagnosticBag diagnostics)
    {
        YamlStream stream;
        try
        {
            stream = BoundedYamlParser.Load(file.Content);
        }
        catch (YamlException e)
        {
            diagnostics.Add(e.Start, YamlMessages.YamlSyntax, null, YamlMessages.Syntax(e.InnerException?.Message ?? e.Message));
            return (null, [], []);
        }

        if (stream.Documents.Count > 1)
        {
            diagnostics.Add(stream.Documents[1].RootNode.Start, YamlMessages.YamlSyntax, null, YamlMessages.SeveralDocuments(stream.Documents.Count));
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            // An empty file is wrong at its start, any other at its first node (a default Mark is line 0).
            var at = stream.Documents.Count == 0 ? Mark.Empty : stream.Documents[0].RootNode.Start;
            diagnostics.Add(at, YamlMessages.WrongShape, null, YamlMessages.Shape("the file", "a mapping with 'document' and 'rules'", "something else"));
            return (null, [], []);
        }

        var top = new YamlMappingReader(root, diagnostics, null, "the file");
        var document = ParseDocument(top.Mapping("document", required: true, "'document'"), file.Path, diagnostics);
        var rules = new List<RuleDraft>();
        foreach (var node in top.Sequence("rules", required: true))
        {
            if (ParseRule(node, diagnostics) is { } rule)
            {
                rules.Add(rule);
            }
        }

        var coverage = new List<CoverageDraft>();
        foreach (var node in top.Sequence("coverage", required: false))
        {
            if (ParseCoverage(top, node) is { } clause)
            {
                coverage.Add(clause);
            }
        }

        top.Finish();
        return (document, rules, coverage);
    }

    private static DocumentDraft? ParseDocument(YamlMappingReader? reader, string file, DiagnosticBag diagnostics)
    {
        if (reader is null)
        {
            return null;
        }

        var number = reader.String("number", required: true);
        var title = Bilingual(reader.Mapping("title", required: true, "'title'"));
        var issuer = reader.String("issuer", required: true);
        var issued = reader.Date("issued", required: true);
        var jurisdiction = reader.ScalarList("jurisdiction", required: true).Select(s => s.Value!.Trim()).ToArray();
        var source = reader.Scalar("source", required: true);
        var version = reader.String("version", required: false);
        LocalDate? from = null;
        LocalDate? to = null;
        if (reader.Mapping("inForce", required: false, "'inForce'") is { } inForce)
        {
            from = inForce.Date("from", required: false);
            to = inForce.Date("to", required: false);
            inForce.Finish();
        }

        var numbering = ParseNumbering(reader, diagnostics);
        var shared = reader.ScalarList("sharedDuties", required: false).Select(s => s.Value!.Trim()).ToArray();
        reader.Finish();
        if (number is null || title is null || issuer is null || issued is null || source?.Value is null)
        {
            return null;
        }

        var document = new SourceDocument(number, title, issuer, issued.Value, jurisdiction, source.Value.Trim(), file)
        {
            InForceFrom = from ?? issued.Value,
            InForceTo = to,
            Version = version,
        };
        return new DocumentDraft(document, source.Start, numbering) { SharedDuties = shared };
    }

    /// <summary>Reads <c>document.clauses</c>: a <c>pattern</c> (with an optional <c>label</c>) or a <c>list</c>.</summary>
    private static ClauseNumbering? ParseNumbering(YamlMappingReader document, DiagnosticBag diagnostics)
    {
        if (document.Mapping("clauses", required: false, "'clauses'") is not { } reader)
        {
            return null;
        }

        var pattern = reader.String("pattern", required: false);
        var label = reader.String("label", required: false);
        var list = new List<ClauseHeading>();
        foreach (var node in reader.Sequence("list", required: false))
        {
            if (node is YamlScalarNode { Value: { } name } && !string.IsNullOrWhiteSpace(name))
            {
                list.Add(new ClauseHeading(name.Trim(), name.Trim(), node.Start));
            }
            else if (reader.AsMapping(node, "list", "a clause of 'clauses.list'") is { } entry)
            {
                var clause = entry.String("clause", required: true);
                var at = entry.String("at", required: false);
                entry.Finish();
                if (clause is not null)
                {
                    list.Add(new ClauseHeading(clause, at ?? clause, node.Start));
                }
            }
        }

        reader.Finish();
        if ((pattern is null) == (list.Count == 0))
        {
            diagnostics.Add(reader.Start, LoadMessages.ClauseNumbering, null, LoadMessages.PatternOrList);
            return null;
        }

        return new ClauseNumbering(pattern, label, list, reader.Start);
    }

    private static RuleDraft? ParseRule(YamlNode node, DiagnosticBag diagnostics)
    {
        if (node is not YamlMappingNode mapping)
        {
            diagnostics.Add(node.Start, YamlMessages.WrongShape, null, YamlMessages.Shape("a rule", "a mapping", YamlMappingReader.Describe(node)));
            return null;
        }

        var idNode = mapping.Children.FirstOrDefault(e => e.Key is YamlScalarNode { Value: "id" }).Value as YamlScalarNode;
        var id = idNode?.Value?.Trim();
        var reader = new YamlMappingReader(mapping, diagnostics, id, id is null ? "a rule" : $"rule '{id}'");
        reader.String("id", required: true);
        if (id is not null && !IdPattern().IsMatch(id))
        {
            diagnostics.Add(idNode!.Start, LoadMessages.BadId, id, LoadMessages.Id(id));
        }

        var draft = new RuleDraft { Id = id ?? string.Empty, Start = (idNode ?? (YamlNode)mapping).Start };
        draft.Title = Bilingual(reader.Mapping("title", required: true, "'title'"));
        draft.Reading = reader.String("reading", required: true);
        draft.DutyStart = reader.StartOf("duty") ?? draft.Start;
        draft.Duty = reader.String("duty", required: false);
        ReadCitation(reader.Mapping("citation", required: true, "'citation'"), draft);
        foreach (var basis in reader.Sequence("legalBasis", required: false))
        {
            var basisReader = reader.AsMapping(basis, "legalBasis", "'legalBasis'");
            if (basisReader is null)
            {
                continue;
            }

            var law = basisReader.String("law", required: true);
            var article = basisReader.String("article", required: true);
            var english = basisReader.String("en", required: true);
            basisReader.Finish();
            if (law is not null && article is not null && english is not null)
            {
                draft.LegalBasis.Add(new LegalBasis(law, article, english));
            }
        }

        ReadApplicability(reader.Mapping("applies", required: false, "'applies'"), draft);
        draft.Severity = reader.Enum<Severity>("severity", required: true);
        draft.Needs.AddRange(reader.ScalarList("needs", required: false));
        if (reader.Mapping("let", required: false, "'let'") is { } values)
        {
            foreach (var (key, value) in values.Entries())
            {
                if (value is YamlScalarNode { Value: not null } scalar && !string.IsNullOrWhiteSpace(scalar.Value))
                {
                    draft.Values.Add((key.Value!, key, ExpressionSource.From(scalar)!));
                }
                else
                {
                    diagnostics.Add(value.Start, YamlMessages.WrongShape, id, YamlMessages.Shape($"let.{key.Value}", "an expression", YamlMappingReader.Describe(value)));
                }
            }
        }

        draft.Check = ExpressionSource.From(reader.Scalar("check", required: true));
        draft.Evidence = ExpressionSource.From(reader.Scalar("evidence", required: false));
        if (reader.Mapping("message", required: true, "'message'") is { } message)
        {
            draft.Message = Template(message.Mapping("violated", required: true, "'message.violated'"));
            draft.CompliantMessage = Template(message.Mapping("compliant", required: true, "'message.compliant'"));
            message.Finish();
        }

        draft.Remedy = Template(reader.Mapping("remedy", required: false, "'remedy'"));
        if (reader.Mapping("average", required: false, "'average'") is { } average)
        {
            var part = average.Scalar("part", required: true);
            var whole = average.Scalar("whole", required: true);
            var limit = average.Scalar("atMost", required: true);
            var reading = average.String("reading", required: true);
            average.Finish();
            if (part is not null && whole is not null && limit is not null && reading is not null)
            {
                draft.Average = (part, whole, limit, reading);
            }
        }

        reader.Finish();
        return id is null ? null : draft;
    }

    private static CoverageDraft? ParseCoverage(YamlMappingReader top, YamlNode node)
    {
        var reader = top.AsMapping(node, "coverage", "a coverage entry");
        if (reader is null)
        {
            return null;
        }

        var clause = reader.Scalar("clause", required: true);
        var status = reader.Enum<CoverageStatus>("status", required: true, s_coverageNames);
        var rules = reader.ScalarList("rules", required: false);
        var reason = reader.String("reason", required: false);
        reader.Finish();
        return clause?.Value is null || status is null
            ? null
            : new CoverageDraft(clause.Value.Trim(), clause.Start, status.Value, rules, reason);
    }

    private static void ReadCitation(YamlMappingReader? reader, RuleDraft draft)
    {
        if (reader is null)
        {
            return;
        }

        var clauseNode = reader.Scalar("clause", required: true);
        var clause = clauseNode?.Value?.Trim();
        var quote = reader.Scalar("quote", required: true);
        var english = reader.String("en", required: true);
        reader.Finish();
        if (clause is not null && quote?.Value is not null && english is not null)
        {
            // The document number is filled in from the file's 'document' once it is known.
            draft.Citation = new Citation(string.Empty, clause, quote.Value.Trim(), english);
            draft.QuoteStart = quote.Start;
            draft.ClauseStart = clauseNode!.Start;
        }
    }

    private static void ReadApplicability(YamlMappingReader? reader, RuleDraft draft)
    {
        if (reader is null)
        {
            return;
        }

        draft.Regions.AddRange(reader.ScalarList("regions", required: false).Select(s => s.Value!.Trim()));
        draft.Industries.AddRange(reader.ScalarList("industries", required: false).Select(s => s.Value!.Trim()));
        draft.FromStart = reader.StartOf("from") ?? reader.Start;
        draft.ToStart = reader.StartOf("to") ?? reader.Start;
        draft.From = reader.Date("from", required: false);
        var (toGiven, to) = reader.DateOrNone("to");
        draft.To = to;
        draft.ToNone = toGiven && to is null;
        draft.AlsoWhen = ExpressionSource.From(reader.Scalar("alsoWhen", required: false));
        if (reader.Mapping("unless", required: false, "'unless'") is { } unless)
        {
            draft.UnlessWhen = ExpressionSource.From(unless.Scalar("when", required: true));
            draft.UnlessReason = Bilingual(unless.Mapping("reason", required: true, "'reason'"));
            unless.Finish();
        }

        reader.Finish();
    }

    private static BilingualText? Bilingual(YamlMappingReader? reader)
    {
        if (reader is null)
        {
            return null;
        }

        var zh = reader.String("zh", required: true);
        var en = reader.String("en", required: true);
        reader.Finish();
        return zh is null || en is null ? null : new BilingualText(zh, en);
    }

    private static TemplateSource? Template(YamlMappingReader? reader)
    {
        if (reader is null)
        {
            return null;
        }

        var zh = reader.Scalar("zh", required: true);
        var en = reader.Scalar("en", required: true);
        reader.Finish();
        return zh?.Value is null || en?.Value is null ? null : new TemplateSource(zh.Value.Trim(), zh.Start, en.Value.Trim(), en.Start);
    }

    private static readonly IReadOnlyDictionary<string, CoverageStatus> s_coverageNames = new Dictionary<string, CoverageStatus>(StringComparer.Ordinal)
    {
        ["encoded"] = CoverageStatus.Encoded,
        ["government-duty"] = CoverageStatus.GovernmentDuty,
        ["not-checkable"] = CoverageStatus.NotCheckable,
    };

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
