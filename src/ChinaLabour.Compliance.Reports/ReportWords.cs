using System;
using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Text;

namespace ChinaLabour.Compliance.Reports;

/// <summary>
/// The words every report uses for outcomes, severities and kinds of record, in Chinese or English: a caller that
/// shows results beside a report names them as the report does.
/// </summary>
/// <threadsafety>Static and stateless: safe to call from any thread.</threadsafety>
public static class ReportWords
{
    /// <summary>An outcome in <paramref name="language"/>: 违反 or Violated, 合规 or Compliant, and so on.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="language">The language.</param>
    /// <returns>The word.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outcome"/> is not a defined outcome.</exception>
    public static string Outcome(Outcome outcome, Language language) => (outcome switch
    {
        ChinaLabour.Compliance.Checking.Outcome.Violated => new BilingualText("违反", "Violated"),
        ChinaLabour.Compliance.Checking.Outcome.Compliant => new BilingualText("合规", "Compliant"),
        ChinaLabour.Compliance.Checking.Outcome.NotApplicable => new BilingualText("不适用", "Not applicable"),
        ChinaLabour.Compliance.Checking.Outcome.Indeterminate => new BilingualText("无法判定", "Indeterminate"),
        ChinaLabour.Compliance.Checking.Outcome.Error => new BilingualText("出错", "Error"),
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "an outcome the reports have no words for"),
    }).In(language);

    /// <summary>A severity in <paramref name="language"/>: 严重 or critical, 较重 or major, 一般 or minor.</summary>
    /// <param name="severity">The severity.</param>
    /// <param name="language">The language.</param>
    /// <returns>The word.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is not a defined severity.</exception>
    public static string Severity(Severity severity, Language language) => (severity switch
    {
        ChinaLabour.Compliance.Catalogue.Severity.Critical => new BilingualText("严重", "critical"),
        ChinaLabour.Compliance.Catalogue.Severity.Major => new BilingualText("较重", "major"),
        ChinaLabour.Compliance.Catalogue.Severity.Minor => new BilingualText("一般", "minor"),
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "a severity the reports have no words for"),
    }).In(language);

    /// <summary>
    /// A kind of record named in evidence, in <paramref name="language"/>: in Chinese, worker is 人员 and post is 岗位;
    /// any other kind, and every kind in English, is its own name.
    /// </summary>
    /// <param name="kind">The kind, as evidence names it (worker, post, …).</param>
    /// <param name="language">The language.</param>
    /// <returns>The word.</returns>
    public static string Kind(string kind, Language language) => (kind, language) switch
    {
        ("worker", Language.Zh) => "人员",
        ("post", Language.Zh) => "岗位",
        _ => kind,
    };
}
