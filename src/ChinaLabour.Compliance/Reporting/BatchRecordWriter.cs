using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Text;
using ChinaLabour.Compliance.Waivers;

namespace ChinaLabour.Compliance.Reporting;

/// <summary>
/// Writes a batch's per-employer records (<c>compliance-batch-record/3</c>) and the catalogue file they refer to
/// (<c>compliance-batch-catalogue/2</c>), both from the same rules, so that a record's rule positions are the catalogue
/// file's (docs/report-format.md). A record is sized for an auditor acting on it: the violated and error results with
/// their figures, evidence (capped, with how many more) and words in one language; the indeterminate results grouped
/// by the facts they lack, generalised over records; what the catalogue file states (severity, duty, title) left out.
/// A fact the batch's input has no place for (a column its tables lack) is missing for every employer alike: a record
/// names only the rules waiting on such facts, and the catalogue file names the facts, once for the run.
/// </summary>
/// <threadsafety>Safe to use from many threads: the facts the input cannot carry are noted under a lock, as a set.</threadsafety>
public sealed class BatchRecordWriter
{
    /// <summary>How many evidence items a violated result lists; the rest are counted in <c>evidenceMore</c>.</summary>
    public const int EvidenceShown = 10;

    /// <summary>How many record ids a generalised missing fact lists; the rest are counted in <c>more</c>.</summary>
    public const int IdsShown = 5;

    private static readonly JsonWriterOptions s_compact = ReportJson.Options with { Indented = false };

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    private readonly Rule[] _rules;
    private readonly Dictionary<string, int> _positions;
    private readonly Language _language;
    private readonly Func<string, bool>? _carried;
    private readonly BoundedCache<string, bool> _carriedSeen = new(4096, StringComparer.Ordinal);
    private readonly object _noting = new();

    // The two delegates every record hands to IndeterminateGroups, made once rather than for each record.
    private readonly Func<RuleResult, int> _positionOf;
    private readonly Func<string, bool>? _carriedCached;

    // The facts the input has no place for, each with a rule waiting on it: read without the lock, replaced whole under
    // it, never changed once published. Every employer of a batch lacks the same few facts for the same rules, so after
    // the first records a record finds its pairs all known and takes no lock (a lock and sorted sets for every record
    // were 0.7% of a province's samples). The catalogue file sorts them once, when it is written.
    private volatile HashSet<(string Fact, int Rule)> _noted = [];

    /// <summary>Creates a writer for records of <paramref name="rules"/>, their words in <paramref name="language"/>, from input that can give any fact.</summary>
    /// <param name="rules">The rules reported, in the catalogue's order: the catalogue file lists them, the records name them.</param>
    /// <param name="language">The language of each result's message, remedy and reason.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public BatchRecordWriter(IEnumerable<Rule> rules, Language language)
        : this(rules, language, null)
    {
    }

    /// <summary>Creates a writer for records of <paramref name="rules"/>, their words in <paramref name="language"/>.</summary>
    /// <param name="rules">The rules reported, in the catalogue's order: the catalogue file lists them, the records name them.</param>
    /// <param name="language">The language of each result's message, remedy and reason.</param>
    /// <param name="carried">
    /// Whether the batch's input has a place for a missing fact, named with its records generalised
    /// (<c>workers[*].overtime</c>, <c>management.trainingArchive</c>): a spreadsheet batch's tables and columns. Null
    /// when every fact could be given (snapshots in JSON), so every missing fact is named in the record that lacks it.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public BatchRecordWriter(IEnumerable<Rule> rules, Language language, Func<string, bool>? carried)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = [.. rules];
        _positions = new Dictionary<string, int>(_rules.Length, StringComparer.Ordinal);
        for (var i = 0; i < _rules.Length; i++)
        {
            _positions[_rules[i].Id] = i;
        }

        _language = language;
        _carried = carried;
        _positionOf = Position;
        _carriedCached = carried is null ? null : Carried;
    }

    /// <summary>Writes <paramref name="report"/> as one record, on one line without its line feed, to <paramref name="output"/> as UTF-8.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The report has a result of a rule this writer was not built with.</exception>
    public void Write(CheckReport report, IBufferWriter<byte> output) => Write(report, null, output);

    /// <summary>
    /// Writes the report of <paramref name="filing"/> as one record, then <c>waived</c> and <c>expiredWaivers</c> as a
    /// full report has them, on one line without its line feed, to <paramref name="output"/> as UTF-8.
    /// </summary>
    /// <param name="filing">The report with its violations filed by waivers.</param>
    /// <param name="output">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The report has a result of a rule this writer was not built with.</exception>
    public void Write(WaiverFiling filing, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(filing);
        Write(filing.Report, filing, output);
    }

    /// <summary>Writes the rules' words, keyed by rule id in the records' order, to <paramref name="stream"/> as indented UTF-8 JSON.</summary>
    /// <param name="catalogueHash">The catalogue's content hash, as the records carry it.</param>
    /// <param name="stream">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void WriteCatalogue(string catalogueHash, Stream stream)
    {
        var notInInput = new SortedDictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        foreach (var (fact, rule) in _noted)
        {
            if (!notInInput.TryGetValue(fact, out var rules))
            {
                notInInput.Add(fact, rules = []);
            }

            rules.Add(rule);
        }

        BatchRecordJson.WriteCatalogue(_rules, catalogueHash, notInInput, stream);
    }

    private void Write(CheckReport report, WaiverFiling? filing, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        // One writer per thread, reset for each record: a record is small, and a province writes 600,000 of them.
        var w = t_writer ??= new Utf8JsonWriter(Stream.Null, s_compact);
        w.Reset(output);
        w.WriteStartObject();
        w.WriteString("schema", BatchRecordJson.Schema);
        w.WriteString("lang", _language == Language.Zh ? "zh" : "en");
        ReportJson.WriteHead(w, report);
        Decided(w, "violated", report, Outcome.Violated);
        Decided(w, "errors", report, Outcome.Error);
        var outside = IndeterminateGroups.Write(w, report.Results, _positionOf, _language, _carriedCached);
        if (outside is not null)
        {
            Note(outside);
        }

        if (filing is not null)
        {
            ReportJson.WriteWaivers(w, filing);
        }

        w.WriteEndObject();
        w.Flush();
    }

    /// <summary>Adds the facts a record found missing that the input cannot carry, with the rules waiting on them, to the run's set.</summary>
    private void Note(List<(string Fact, int Rule)> outside)
    {
        if (_noted.IsSupersetOf(outside))
        {
            return;
        }

        lock (_noting)
        {
            _noted = [.. _noted, .. outside];
        }
    }

    /// <summary>
    /// Whether the input carries a fact, asked of the input once per fact: every employer lacks the same few. Facts
    /// are kept up to a bound, as a record's paths may carry indexes (<c>workers[*].contracts[3].end</c>).
    /// </summary>
    private bool Carried(string fact) => _carriedSeen.Get(fact, _carried!, static (fact, carried) => carried(fact));

    private int Position(RuleResult result) =>
        _positions.TryGetValue(result.Rule.Id, out var position) ? position
        : throw new ArgumentException($"rule '{result.Rule.Id}' is not among the rules this writer was built with; build it with the rules the reports hold", nameof(result));

    private static bool KindBefore(IReadOnlyList<EvidenceItem> evidence, int end, string kind)
    {
        for (var i = 0; i < end; i++)
        {
            if (string.Equals(evidence[i].Kind, kind, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The results of one decided outcome, each with what the auditor acts on; empty members left out.</summary>
    private void Decided(Utf8JsonWriter w, string name, CheckReport report, Outcome outcome)
    {
        var open = false;
        foreach (var result in report.Results)
        {
            if (result.Outcome != outcome)
            {
                continue;
            }

            if (!open)
            {
                w.WriteStartArray(name);
                open = true;
            }

            _ = Position(result);
            w.WriteStartObject();
            w.WriteString("ruleId", result.Rule.Id);
            if (result.Reason is { } reason)
            {
                w.WriteString("reason", reason.In(_language));
            }

            RecordValues.Write(w, result.Values);
            if (result.Evidence.Count > 0)
            {
                // Ids by kind, in order of first appearance: the kind once rather than once an item.
                w.WriteStartObject("evidence");
                var shown = Math.Min(result.Evidence.Count, EvidenceShown);
                for (var i = 0; i < shown; i++)
                {
                    var kind = result.Evidence[i].Kind;
                    if (KindBefore(result.Evidence, i, kind))
                    {
                        continue;
                    }

                    w.WriteStartArray(kind);
                    for (var j = i; j < shown; j++)
                    {
                        if (string.Equals(result.Evidence[j].Kind, kind, StringComparison.Ordinal))
                        {
                            w.WriteStringValue(result.Evidence[j].Id);
                        }
                    }

                    w.WriteEndArray();
                }

                w.WriteEndObject();
                if (result.Evidence.Count > EvidenceShown)
                {
                    w.WriteNumber("evidenceMore", result.Evidence.Count - EvidenceShown);
                }
            }

            if (result.EvidenceUnavailable.Count > 0)
            {
                w.WriteStartArray("evidenceUnavailable");
                foreach (var item in result.EvidenceUnavailable)
                {
                    w.WriteStringValue(item);
                }

                w.WriteEndArray();
            }

            if (result.Message is { } message)
            {
                w.WriteString("message", message.In(_language));
            }

            if (result.Remedy is { } remedy)
            {
                w.WriteString("remedy", remedy.In(_language));
            }

            w.WriteEndObject();
        }

        if (open)
        {
            w.WriteEndArray();
        }
    }
}
