using System;
using System.Buffers;
using System.Linq;
using System.Text;
using System.Text.Json;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Periods;
using NodaTime;
using NodaTime.Text;

namespace ChinaLabour.Compliance.Reporting;

/// <summary>
/// Writes a <see cref="PeriodReport"/> as JSON in the documented schema <c>compliance-period/1</c>, and a
/// <see cref="ForecastReport"/> in <c>compliance-forecast/1</c> (docs/report-format.md). A rule's citation is written
/// once, its spans after it; each span's decision has the members a result of <c>compliance-report/1</c> has.
/// </summary>
/// <threadsafety>Stateless; safe to use from many threads.</threadsafety>
public static class PeriodJson
{
    /// <summary>The schema identifier written into every period report.</summary>
    public const string PeriodSchema = "compliance-period/1";

    /// <summary>The schema identifier written into every forecast.</summary>
    public const string ForecastSchema = "compliance-forecast/1";

    /// <summary>The period report as a JSON string.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON, indented, with '\n' line ends.</returns>
    public static string ToJson(PeriodReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Write(w =>
        {
            w.WriteString("schema", PeriodSchema);
            Head(w, report.CatalogueHash, report.EnterpriseId, report.EnterpriseName);
            w.WriteStartObject("period");
            w.WriteString("from", ReportJson.Date(report.Period.Start));
            w.WriteString("to", ReportJson.Date(report.Period.End));
            w.WriteNumber("days", report.Period.Length);
            w.WriteEndObject();
            w.WriteStartArray("daysChecked");
            foreach (var day in report.DaysChecked)
            {
                w.WriteStringValue(ReportJson.Date(day));
            }

            w.WriteEndArray();
            w.WriteStartObject("summary");
            foreach (var outcome in Enum.GetValues<Outcome>())
            {
                w.WriteNumber(Names.Of(outcome), report.Rules.Count(r => r.Outcome == outcome));
            }

            w.WriteEndObject();
            w.WriteStartArray("notices");
            foreach (var notice in report.Notices)
            {
                w.WriteStartObject();
                w.WriteString("code", notice.Code);
                ReportJson.Text(w, "text", notice.Text);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("rules");
            foreach (var rule in report.Rules)
            {
                WriteRule(w, rule);
            }

            w.WriteEndArray();
        });
    }

    /// <summary>The forecast as a JSON string.</summary>
    /// <param name="forecast">The forecast.</param>
    /// <returns>The JSON, indented, with '\n' line ends.</returns>
    public static string ToJson(ForecastReport forecast)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        return Write(w =>
        {
            w.WriteString("schema", ForecastSchema);
            Head(w, forecast.CatalogueHash, forecast.EnterpriseId, forecast.EnterpriseName);
            w.WriteString("asOf", ReportJson.Date(forecast.AsOf));
            w.WriteString("until", ReportJson.Date(forecast.Until));
            w.WriteStartArray("changes");
            foreach (var change in forecast.Changes)
            {
                w.WriteStartObject();
                w.WriteString("on", ReportJson.Date(change.On));
                w.WriteString("before", Names.Of(change.Before));
                ReportJson.WriteRule(w, change.Rule, change.After);
                w.WriteStartArray("causes");
                foreach (var cause in change.Causes)
                {
                    w.WriteStartObject();
                    w.WriteString("zh", cause.Zh);
                    w.WriteString("en", cause.En);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                ReportJson.WriteDecision(w, change.Result);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    private static void WriteRule(Utf8JsonWriter w, RulePeriod rule)
    {
        w.WriteStartObject();
        ReportJson.WriteRule(w, rule.Rule, rule.Outcome);
        w.WriteStartObject("days");
        foreach (var outcome in Enum.GetValues<Outcome>())
        {
            w.WriteNumber(Names.Of(outcome), rule.Days(outcome));
        }

        w.WriteEndObject();
        w.WriteStartArray("violatedIntervals");
        foreach (var interval in rule.Intervals(Outcome.Violated))
        {
            Interval(w, interval);
        }

        w.WriteEndArray();
        if (rule.FirstViolated is { } first)
        {
            w.WriteString("firstViolated", ReportJson.Date(first));
            w.WriteString("lastViolated", ReportJson.Date(rule.LastViolated!.Value));
        }

        if (rule.Worst is { } worst)
        {
            w.WriteStartObject("worst");
            Span(w, worst);
            w.WriteEndObject();
        }

        if (rule.Rule.Average is not null)
        {
            w.WriteStartArray("averages");
            foreach (var average in rule.Averages)
            {
                w.WriteStartObject();
                if (average.Month is { } month)
                {
                    w.WriteString("month", YearMonthPattern.Iso.Format(month));
                }
                else
                {
                    w.WriteNull("month");
                }

                w.WriteString("from", ReportJson.Date(average.Days.Start));
                w.WriteString("to", ReportJson.Date(average.Days.End));
                w.WriteNumber("daysCounted", average.DaysCounted);
                w.WriteNumber("part", Math.Round(average.Part, 4));
                w.WriteNumber("whole", Math.Round(average.Whole, 4));
                w.WriteNumber("share", Math.Round(average.Share, 6));
                w.WriteNumber("limit", average.Limit);
                w.WriteBoolean("exceeds", average.Exceeds);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteStartArray("spans");
        foreach (var span in rule.Spans)
        {
            w.WriteStartObject();
            Span(w, span);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Span(Utf8JsonWriter w, RuleSpan span)
    {
        w.WriteString("from", ReportJson.Date(span.Days.Start));
        w.WriteString("to", ReportJson.Date(span.Days.End));
        w.WriteString("outcome", Names.Of(span.Result.Outcome));
        ReportJson.WriteDecision(w, span.Result);
    }

    private static void Interval(Utf8JsonWriter w, DateInterval interval)
    {
        w.WriteStartObject();
        w.WriteString("from", ReportJson.Date(interval.Start));
        w.WriteString("to", ReportJson.Date(interval.End));
        w.WriteEndObject();
    }

    private static void Head(Utf8JsonWriter w, string hash, string id, string? name)
    {
        w.WriteStartObject("catalogue");
        w.WriteString("hash", hash);
        w.WriteEndObject();
        w.WriteStartObject("enterprise");
        w.WriteString("id", id);
        if (name is not null)
        {
            w.WriteString("name", name);
        }

        w.WriteEndObject();
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, ReportJson.Options))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan).Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
