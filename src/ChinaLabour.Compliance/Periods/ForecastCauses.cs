using System.Collections.Generic;
using System.Linq;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Expressions;
using ChinaLabour.Compliance.Text;
using NodaTime;
using NodaTime.Text;

namespace ChinaLabour.Compliance.Periods;

/// <summary>Finds, in words, what turns a rule on a day: the dates on record that fall then, the rule's own dates, the records in breach.</summary>
internal static class ForecastCauses
{
    public static IReadOnlyList<BilingualText> Of(LocalDate on, RuleResult before, RuleResult after, IReadOnlyList<DatedRecord> dates)
    {
        var causes = new List<BilingualText>();
        var rule = after.Rule;
        var applies = rule.Applies;
        if (applies.From == on)
        {
            causes.Add(new($"{rule.Document.Title.Zh} 自 {Iso(on)} 起施行", $"{rule.Document.Title.En} is in force from {Iso(on)}"));
        }

        if (applies.To is { } to && to.PlusDays(1) == on)
        {
            causes.Add(new($"{rule.Document.Title.Zh} 于 {Iso(to)} 失效", $"{rule.Document.Title.En} ceases to be in force after {Iso(to)}"));
        }

        var roots = Roots(rule.Needs);
        var ids = before.Evidence.Concat(after.Evidence).Select(e => $"[{e.Id}]").ToHashSet();
        foreach (var dated in dates.Where(d => (d.Date == on || d.Date.PlusDays(1) == on) && Concerns(d.Path, roots, ids)))
        {
            causes.Add(dated.Date == on
                ? new($"{dated.Path} 为 {Iso(dated.Date)}", $"{dated.Path} is {Iso(dated.Date)}")
                : new($"{dated.Path} 为 {Iso(dated.Date)}（前一日）", $"{dated.Path} was {Iso(dated.Date)}, the day before"));
        }

        foreach (var item in after.Evidence.Except(before.Evidence))
        {
            causes.Add(new($"{item.Kind} {item.Id} 列入违反本规则的记录", $"{item.Kind} {item.Id} is now among the records in breach"));
        }

        foreach (var item in before.Evidence.Except(after.Evidence))
        {
            causes.Add(new($"{item.Kind} {item.Id} 不再列入违反本规则的记录", $"{item.Kind} {item.Id} is no longer among the records in breach"));
        }

        if (causes.Count == 0)
        {
            causes.AddRange(TimeLimits(on, dates.Where(d => d.Date < on && Concerns(d.Path, roots, ids))));
        }

        if (causes.Count == 0)
        {
            causes.Add(new("规则按日期计算的期限于当日届满", "a time limit the rule counts from a date on record runs out that day"));
        }

        return causes;
    }

    /// <summary>
    /// The dates on record a whole number of months (up to ten years) before the day or the day before: the rules
    /// count their time limits in months and years (a drill every six months, a five-year bar), so these are the
    /// limits that run out. Only a candidate cause: it is worded as the arithmetic it is.
    /// </summary>
    private static IEnumerable<BilingualText> TimeLimits(LocalDate on, IEnumerable<DatedRecord> dates)
    {
        foreach (var dated in dates)
        {
            for (var months = 1; months <= 120; months++)
            {
                var end = dated.Date.PlusMonths(months);
                if (end == on || end.PlusDays(1) == on)
                {
                    var span = months % 12 == 0 ? new BilingualText($"{months / 12} 年", $"{months / 12} year(s)") : new BilingualText($"{months} 个月", $"{months} month(s)");
                    yield return new($"{dated.Path} 为 {Iso(dated.Date)}，其后 {span.Zh}为 {Iso(end)}", $"{dated.Path} is {Iso(dated.Date)}; {span.En} after it is {Iso(end)}");
                    break;
                }
            }
        }
    }

    // A rule that reads the workforce reads it from the roster; one that reads the roster reads the workers.
    private static HashSet<string> Roots(IReadOnlyList<string> needs)
    {
        var roots = needs.ToHashSet();
        if (roots.Contains(FactRoots.Workforce) || roots.Contains(FactRoots.Roster))
        {
            roots.Add(FactRoots.Workers);
        }

        return roots;
    }

    private static bool Concerns(string path, HashSet<string> roots, HashSet<string> ids)
    {
        var end = path.IndexOfAny(['[', '.']);
        return roots.Contains(end < 0 ? path : path[..end]) || ids.Any(id => path.Contains(id, System.StringComparison.Ordinal));
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
