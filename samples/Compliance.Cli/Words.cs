using System;
using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Spreadsheets;
using ChinaLabour.Compliance.Text;

namespace Compliance.Cli;

/// <summary>The words every report of the tool uses for outcomes, severities and kinds of record, in both languages.</summary>
internal static class Words
{
    public static string Outcome(Outcome outcome, Language language) => (outcome switch
    {
        ChinaLabour.Compliance.Checking.Outcome.Violated => new BilingualText("违反", "Violated"),
        ChinaLabour.Compliance.Checking.Outcome.Compliant => new BilingualText("合规", "Compliant"),
        ChinaLabour.Compliance.Checking.Outcome.NotApplicable => new BilingualText("不适用", "Not applicable"),
        ChinaLabour.Compliance.Checking.Outcome.Indeterminate => new BilingualText("无法判定", "Indeterminate"),
        ChinaLabour.Compliance.Checking.Outcome.Error => new BilingualText("出错", "Error"),
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "an outcome this tool has no words for"),
    }).In(language);

    public static string Severity(Severity severity, Language language) => (severity switch
    {
        ChinaLabour.Compliance.Catalogue.Severity.Critical => new BilingualText("严重", "critical"),
        ChinaLabour.Compliance.Catalogue.Severity.Major => new BilingualText("较重", "major"),
        ChinaLabour.Compliance.Catalogue.Severity.Minor => new BilingualText("一般", "minor"),
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "a severity this tool has no words for"),
    }).In(language);

    /// <summary>What an input problem cost, in both languages, for the rejected-records sheet.</summary>
    public static string Consequence(ImportConsequence consequence) => consequence switch
    {
        ImportConsequence.ValueIgnored => "值未采用 value left empty",
        ImportConsequence.RecordRejected => "记录退回 record left out",
        ImportConsequence.EmployerRejected => "企业退回 employer not checked",
        ImportConsequence.ColumnIgnored => "列未读取 column not read",
        ImportConsequence.TableIgnored => "表未读取 table not read",
        ImportConsequence.BatchRefused => "批次退回 batch refused",
        _ => throw new ArgumentOutOfRangeException(nameof(consequence), consequence, "a consequence this tool has no words for"),
    };

    public static string Kind(string kind, Language language) => (kind, language) switch
    {
        ("worker", Language.Zh) => "人员",
        ("post", Language.Zh) => "岗位",
        _ => kind,
    };
}
