using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using ChinaLabour.Compliance;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Reports;
using ChinaLabour.Compliance.Snapshots;
using ChinaLabour.Compliance.Text;
using NodaTime;
using NodaTime.Text;

namespace Compliance.Cli;

/// <summary><c>explain &lt;rule-id&gt; &lt;snapshot&gt;</c>: how one rule was decided for one employer, step by step.</summary>
internal static class ExplainCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, IClock clock)
    {
        var id = new Argument<string>("rule-id") { Description = "The rule to explain." };
        var snapshot = new Argument<FileInfo>("snapshot") { Description = "The employer's snapshot, JSON or YAML." };
        var asOf = AsOf.Option();
        var rules = CatalogueSource.RulesOption();
        var addRules = CatalogueSource.AddRulesOption();
        var language = Lang.Option("The language of the rule's title, reasons, figures and remedy: zh or en.");
        var command = new Command("explain", "Explain how one rule was decided for one employer: scope, facts, named values, records, remedy.")
        {
            id, snapshot, asOf, rules, addRules, language,
        };
        command.SetAction(parsed =>
        {
            if (AsOf.Parse(parsed.GetValue(asOf), clock, stderr) is not { } date
                || CatalogueSource.Load(parsed.GetValue(rules), parsed.GetValue(addRules), stderr) is not { } catalogue)
            {
                return ExitCodes.BadInput;
            }

            var wanted = parsed.GetValue(id)!;
            if (catalogue.Rules.All(r => r.Id != wanted))
            {
                stderr.WriteLine($"error: no rule '{wanted}'{Suggestions.DidYouMean(wanted, catalogue.Rules.Select(r => r.Id))}; list them with 'rules list'");
                return ExitCodes.BadInput;
            }

            var read = SnapshotReader.ReadFile(parsed.GetValue(snapshot)!.FullName);
            if (!read.Success)
            {
                SnapshotErrors.Write(read, stderr);
                return ExitCodes.BadInput;
            }

            var report = ComplianceChecker.Create(catalogue).Check(read.Snapshot, date);
            var result = report.Results.Single(r => r.Rule.Id == wanted);
            stdout.Write(Render(result, report, date, Lang.Parse(parsed.GetValue(language))));
            return result.Outcome == Outcome.Violated ? ExitCodes.Violations : ExitCodes.Clean;
        });
        return command;
    }

    private static string Render(RuleResult result, CheckReport report, LocalDate asOf, Language language)
    {
        var rule = result.Rule;
        var zh = language == Language.Zh;
        string T(string chinese, string english) => zh ? chinese : english;
        var text = new StringBuilder();
        void Line(string value) => text.AppendLine(value);

        // Labels padded by how wide they print, so that Chinese labels (two columns a character) line up too.
        const int labelWidth = 10;
        void Field(string label, string value) => Line($"   {Padded(label, labelWidth)}{value}");

        Line($"{rule.Id}: {rule.Title.In(language)}");
        Line($"  {rule.Citation.Document} {rule.Citation.Clause}: {rule.Citation.Quote}");
        Line(string.Empty);
        Line(T("1. 适用范围", "1. Applicability"));
        var applies = rule.Applies;
        var notGiven = T("（未提供）", "(not given)");
        Field(T("地区", "region"), $"{report.Region?.ToString() ?? notGiven} {T("对照", "against")} {(applies.Regions.Count == 0 ? T("全国", "everywhere") : string.Join(", ", applies.Regions))}");
        Field(T("行业", "industry"), $"{report.Industry?.ToString() ?? notGiven} {T("对照", "against")} {(applies.Industries.Count == 0 ? T("所有行业", "every industry") : string.Join(", ", applies.Industries))}");
        Field(T("施行", "in force"), $"{LocalDatePattern.Iso.Format(applies.From)} – {(applies.To is { } to ? LocalDatePattern.Iso.Format(to) : string.Empty)}; {T("检查日", "as of")} {LocalDatePattern.Iso.Format(asOf)}");
        if (applies.Unless is { } unless)
        {
            Field(T("除外", "unless"), $"{unless.When}  ({unless.Reason.In(language)})");
        }

        Line(string.Empty);
        Line($"{T("2. 读取的事实：", "2. Facts read: ")}{string.Join(", ", rule.Needs)}");
        foreach (var missing in result.MissingFacts)
        {
            Field(T("缺少", "missing"), missing);
        }

        Line(string.Empty);
        Line(T("3. 命名值", "3. Named values"));
        var nameWidth = rule.Values.Select(v => v.Name.Length).DefaultIfEmpty(0).Max();
        var values = rule.Values.Select(e => (e, result.Values.FirstOrDefault(v => v.Name == e.Name)?.Text ?? T("（未计算）", "(not computed)"))).ToArray();
        var valueWidth = values.Select(v => Width(v.Item2)).DefaultIfEmpty(0).Max();
        foreach (var (expression, value) in values)
        {
            Line($"   {expression.Name.PadRight(nameWidth)} = {Padded(value, valueWidth)}  ← {expression.Expression}");
        }

        Line(string.Empty);
        Line($"{Padded(T("4. 判定", "4. Check"), labelWidth + 3)}{rule.Check}");
        Field(T("结果", "Outcome"), $"{ReportWords.Outcome(result.Outcome, language)}{(result.Reason is { } reason ? $": {reason.In(language)}" : string.Empty)}");
        if (result.Message is { } message)
        {
            Field(T("数据", "Figures"), message.In(language));
        }

        if (result.Outcome == Outcome.Violated)
        {
            Line(string.Empty);
            Line($"{Padded(T("5. 记录", "5. Records"), labelWidth + 3)}{rule.Evidence ?? T("（规则未列出）", "(the rule names none)")}");
            Line(result.Evidence.Count > 0
                ? $"   {string.Join(", ", result.Evidence.Select(e => $"{ReportWords.Kind(e.Kind, language)} {e.Id}"))}"
                : result.EvidenceUnavailable.Count > 0
                    ? $"   {T("无法列出；缺少", "cannot be listed; missing")} {string.Join(", ", result.EvidenceUnavailable)}"
                    : $"   {T("无", "none")}");
            if (result.Remedy is { } remedy)
            {
                Field(T("整改", "Remedy"), remedy.In(language));
            }
        }

        return text.ToString();
    }

    /// <summary><paramref name="value"/> followed by spaces to <paramref name="width"/> printed columns.</summary>
    private static string Padded(string value, int width) => value + new string(' ', Math.Max(0, width - Width(value)));

    // East Asian wide characters take two columns on a terminal.
    private static int Width(string value) => value.Sum(c => c >= '\u1100' && (c <= '\u115F' || (c >= '\u2E80' && c <= '\uA4CF') || (c >= '\uAC00' && c <= '\uD7A3') || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFE30' && c <= '\uFE4F') || (c >= '\uFF00' && c <= '\uFF60') || (c >= '\uFFE0' && c <= '\uFFE6')) ? 2 : 1);
}
