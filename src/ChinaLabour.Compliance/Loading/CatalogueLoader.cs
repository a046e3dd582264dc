using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Yaml;

namespace ChinaLabour.Compliance.Loading;

/// <summary>Turns rule files into a compiled catalogue, or into the full list of what is wrong with them.</summary>
internal static class CatalogueLoader
{
    public static (CompiledCatalogue? Catalogue, IReadOnlyList<Diagnostic> Diagnostics) Load(IReadOnlyCollection<RuleFileSource> files, string label)
    {
        var diagnostics = new DiagnosticBag(label);

        // Files held in memory can repeat a path, which a folder cannot: each repeat is reported, the first kept.
        foreach (var path in files.GroupBy(f => f.Path, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            diagnostics.Add(new SourcePosition(path, 1, 1), LoadMessages.NoRuleFiles, null, LoadMessages.RepeatedPath(path));
        }

        var ordered = files.DistinctBy(f => f.Path, StringComparer.Ordinal).OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();
        var ruleFiles = ordered.Where(f => IsRuleFile(f.Path)).ToArray();
        var texts = ordered.Where(f => !IsRuleFile(f.Path)).ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        if (ruleFiles.Length == 0)
        {
            diagnostics.Add(new SourcePosition(label, 1, 1), LoadMessages.NoRuleFiles, null, LoadMessages.NoFiles(label));
            return (null, diagnostics.ToSortedList());
        }

        var documents = new List<SourceDocument>();
        var work = new List<(RuleDraft Draft, SourceDocument? Document, string File)>();
        var firstSeen = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        var duties = new List<(string File, RuleDraft Rule, IReadOnlyList<string> Shared)>();
        var coverages = new List<(string File, SourceDocument Document, IReadOnlyList<CoverageDraft> Coverage, IReadOnlyList<RuleDraft> Rules, IReadOnlyList<ClauseSpan>? Clauses)>();
        foreach (var file in ruleFiles)
        {
            diagnostics.File = file.Path;
            var (document, drafts, coverage) = RuleFileParser.Parse(file, diagnostics);
            var raw = document is null ? null : FindSource(document, file.Path, texts, diagnostics);
            var text = raw is null ? null : QuoteText.Fold(raw);
            var clauses = raw is null || document?.Numbering is null ? null : ClauseFinder.Find(document.Numbering, raw, diagnostics);
            var clauseTexts = ClauseTexts(raw, clauses);
            if (document is not null)
            {
                coverages.Add((file.Path, document.Document, coverage, drafts, clauses));
            }

            duties.AddRange(drafts.Where(d => d.Duty is not null).Select(d => (file.Path, d, document?.SharedDuties ?? (IReadOnlyList<string>)[])));
            foreach (var draft in drafts)
            {
                var position = new SourcePosition(file.Path, (int)draft.Start.Line, (int)draft.Start.Column);
                if (!firstSeen.TryAdd(draft.Id, position))
                {
                    diagnostics.Add(position, LoadMessages.DuplicateId, draft.Id, LoadMessages.Duplicate(draft.Id, firstSeen[draft.Id]));
                }

                if (text is not null && draft.Citation is { } citation)
                {
                    CheckQuote(draft, citation, text, clauseTexts, diagnostics);
                }

                work.Add((draft, document?.Document, file.Path));
            }
        }

        var rules = CompileAll(work, diagnostics);

        foreach (var (file, document, coverage, drafts, clauses) in coverages)
        {
            diagnostics.File = file;
            var names = clauses?.Select(c => c.Clause).ToArray();
            documents.Add(document with
            {
                Clauses = names ?? [],
                Coverage = CoverageCheck.Build(coverage, drafts, firstSeen.Keys, names, diagnostics),
            });
        }

        DutyCheck.Run(duties, diagnostics);
        if (diagnostics.HasErrors)
        {
            return (null, diagnostics.ToSortedList());
        }

        return (new CompiledCatalogue(documents, rules, Hash(ordered)), []);
    }

    /// <summary>
    /// Compiles the rules on every core, each thread with its own compiler, and keeps them and their diagnostics in
    /// the files' order: the same catalogue and the same diagnostics whatever the number of threads. Compiling was
    /// three quarters of a load, about a second for the bundled rules on one core (measured).
    /// </summary>
    /// <remarks>
    /// On as many threads as the caller's task scheduler allows: a loop on a scheduler of a few threads otherwise took
    /// more than it allows (measured: two at once on a scheduler of one), and a caller that bounds its threads (the
    /// CLI's <c>--parallel</c>) means the loading too.
    /// </remarks>
    private static List<CompiledRule> CompileAll(List<(RuleDraft Draft, SourceDocument? Document, string File)> work, DiagnosticBag diagnostics)
    {
        var compiled = new (CompiledRule? Rule, DiagnosticBag Diagnostics)[work.Count];
        Parallel.For(
            0,
            work.Count,
            new ParallelOptions { MaxDegreeOfParallelism = TaskScheduler.Current.MaximumConcurrencyLevel },
            () => new RuleCompiler(),
            (i, _, compiler) =>
            {
                var (draft, document, file) = work[i];
                var found = new DiagnosticBag(file);
                compiled[i] = (compiler.Compile(draft, document, found), found);
                return compiler;
            },
            _ => { });

        var rules = new List<CompiledRule>(work.Count);
        foreach (var (rule, found) in compiled)
        {
            diagnostics.AddRange(found);
            if (rule is not null)
            {
                rules.Add(rule);
            }
        }

        return rules;
    }

    /// <summary>Rule files are the YAML files of the folder, but for the rule tests beside them in <c>tests/</c>.</summary>
    public static bool IsRuleFile(string path) =>
        (path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
        && !path.StartsWith("tests/", StringComparison.Ordinal) && !path.Contains("/tests/", StringComparison.Ordinal);

    /// <summary>Each clause's text, folded as quotes are matched, in the document's order; null without a numbering.</summary>
    private static IReadOnlyList<(string Clause, string Text)>? ClauseTexts(string? raw, IReadOnlyList<ClauseSpan>? clauses) =>
        raw is null || clauses is null ? null : clauses.Select(c => (c.Clause, QuoteText.Fold(raw[c.Start..c.End]))).ToArray();

    /// <summary>The quote must be in the text and, when the document's clauses are known, within the clause it cites.</summary>
    private static void CheckQuote(
        RuleDraft draft, Citation citation, string text, IReadOnlyList<(string Clause, string Text)>? clauses, DiagnosticBag diagnostics)
    {
        var quote = QuoteText.Fold(citation.Quote);
        if (!text.Contains(quote, StringComparison.Ordinal))
        {
            // The nearest passage is sought in the cited clause when the numbering knows it, else in the whole text.
            var where = clauses?.FirstOrDefault(c => c.Clause == citation.Clause).Text ?? text;
            diagnostics.Add(draft.QuoteStart, LoadMessages.QuoteNotFound, draft.Id, LoadMessages.Quote(citation.Quote, NearestPassage.Find(quote, where)));
            return;
        }

        if (clauses is null)
        {
            return;
        }

        var cited = clauses.Where(c => c.Clause == citation.Clause).ToArray();
        if (cited.Length == 0)
        {
            diagnostics.Add(draft.ClauseStart, LoadMessages.ClauseNotInText, draft.Id, LoadMessages.ClauseNotFound(citation.Clause, clauses.Select(c => c.Clause)));
        }
        else if (!cited.Any(c => c.Text.Contains(quote, StringComparison.Ordinal)))
        {
            var foundIn = clauses.FirstOrDefault(c => c.Text.Contains(quote, StringComparison.Ordinal)).Clause;
            diagnostics.Add(draft.QuoteStart, LoadMessages.QuoteOutsideClause, draft.Id, LoadMessages.QuoteInOtherClause(citation.Clause, foundIn));
        }
    }

    private static string? FindSource(DocumentDraft draft, string ruleFile, Dictionary<string, string> texts, DiagnosticBag diagnostics)
    {
        var folder = ruleFile.Contains('/', StringComparison.Ordinal) ? ruleFile[..(ruleFile.LastIndexOf('/') + 1)] : string.Empty;
        var path = Normalize(folder + draft.Document.Source);
        if (texts.TryGetValue(path, out var text))
        {
            return text;
        }

        diagnostics.Add(draft.SourceStart, LoadMessages.SourceNotFound, null, LoadMessages.Source(draft.Document.Source));
        return null;
    }

    private static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part is not ("." or ""))
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    private static string Hash(IEnumerable<RuleFileSource> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(file.Path + "\n"));
            sha.AppendData(Encoding.UTF8.GetBytes(file.Content.Replace("\r\n", "\n", StringComparison.Ordinal)));
            sha.AppendData([0]);
        }

        return Convert.ToHexString(sha.GetHashAndReset()).ToLowerInvariant();
    }
}
