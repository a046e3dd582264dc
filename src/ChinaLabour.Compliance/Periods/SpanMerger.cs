using System;
using System.Collections.Generic;
using System.Linq;
using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Checking;
using NodaTime;

namespace ChinaLabour.Compliance.Periods;

/// <summary>Turns the days a period walk decided into each rule's spans, worst figures and averages.</summary>
internal static class SpanMerger
{
    public static RulePeriod[] Rules(IReadOnlyList<(DateInterval Days, CheckReport Report)> segments, DateInterval period)
    {
        var count = segments[0].Report.Results.Count;
        var rules = new RulePeriod[count];
        for (var i = 0; i < count; i++)
        {
            var spans = new List<RuleSpan>();
            foreach (var (days, report) in segments)
            {
                var result = report.Results[i];
                if (spans.Count > 0 && Same(spans[^1].Result, result))
                {
                    spans[^1] = spans[^1] with { Days = new DateInterval(spans[^1].Days.Start, days.End) };
                }
                else
                {
                    spans.Add(new RuleSpan(days, result));
                }
            }

            var rule = segments[0].Report.Results[i].Rule;
            rules[i] = new RulePeriod(rule, spans)
            {
                Worst = Worst(rule, spans),
                Averages = rule.Average is { } measure ? Averages(measure, spans, period) : [],
            };
        }

        return rules;
    }

    /// <summary>Whether two days' results read the same: outcome, figures, evidence, what is missing, the words.</summary>
    public static bool Same(RuleResult a, RuleResult b) =>
        a.Outcome == b.Outcome
        && a.NotApplicable == b.NotApplicable
        && Equals(a.Message, b.Message)
        && Equals(a.Reason, b.Reason)
        && a.Values.Select(v => v.Text).SequenceEqual(b.Values.Select(v => v.Text), StringComparer.Ordinal)
        && a.Evidence.SequenceEqual(b.Evidence)
        && a.MissingFacts.SequenceEqual(b.MissingFacts, StringComparer.Ordinal);

    private static RuleSpan? Worst(Rule rule, IReadOnlyList<RuleSpan> spans)
    {
        RuleSpan? worst = null;
        var worstScore = decimal.MinValue;
        foreach (var span in spans.Where(s => s.Result.Outcome == Outcome.Violated))
        {
            var score = rule.Average is { } measure && Share(measure, span.Result) is { } share ? share : span.Result.Evidence.Count;
            if (score > worstScore)
            {
                (worst, worstScore) = (span, score);
            }
        }

        return worst;
    }

    private static decimal? Share(AverageMeasure measure, RuleResult result) =>
        Number(result, measure.Part) is { } part && Number(result, measure.Whole) is { } whole ? (whole == 0 ? 0 : part / whole) : null;

    private static PeriodAverage[] Averages(AverageMeasure measure, IReadOnlyList<RuleSpan> spans, DateInterval period)
    {
        var averages = new List<PeriodAverage>();
        for (var month = YearMonth(period.Start); month.OnDayOfMonth(1) <= period.End; month = month.PlusMonths(1))
        {
            var first = Later(month.OnDayOfMonth(1), period.Start);
            var last = Earlier(month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month)), period.End);
            averages.Add(Average(measure, spans, month, new DateInterval(first, last)));
        }

        averages.Add(Average(measure, spans, null, period));
        return averages.ToArray();
    }

    private static PeriodAverage Average(AverageMeasure measure, IReadOnlyList<RuleSpan> spans, YearMonth? month, DateInterval days)
    {
        int counted = 0;
        decimal part = 0, whole = 0, limit = 0;
        foreach (var span in spans)
        {
            var from = Later(span.Days.Start, days.Start);
            var to = Earlier(span.Days.End, days.End);
            if (from > to || Number(span.Result, measure.Part) is not { } p || Number(span.Result, measure.Whole) is not { } w
                || Number(span.Result, measure.Limit) is not { } l)
            {
                continue;
            }

            var length = Period.DaysBetween(from, to) + 1;
            counted += length;
            part += p * length;
            whole += w * length;
            limit = l;
        }

        return counted == 0
            ? new PeriodAverage(month, days, 0, 0, 0, limit)
            : new PeriodAverage(month, days, counted, part / counted, whole / counted, limit);
    }

    private static decimal? Number(RuleResult result, string name) =>
        result.Values.FirstOrDefault(v => v.Name == name)?.Value switch
        {
            int i => i,
            long l => l,
            decimal d => d,
            double d => (decimal)d,
            _ => null,
        };

    private static YearMonth YearMonth(LocalDate date) => new(date.Year, date.Month);

    private static LocalDate Later(LocalDate a, LocalDate b) => a > b ? a : b;

    private static LocalDate Earlier(LocalDate a, LocalDate b) => a < b ? a : b;
}
