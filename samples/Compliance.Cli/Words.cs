using Compliance.Catalogue;
using Compliance.Checking;
using Compliance.Import;
using Compliance.Text;

namespace Compliance.Cli;

/// <summary>The words every report of the tool uses for outcomes, severities and kinds of record, in both languages.</summary>
internal static class Words
{
    public static string Outcome(Outcome outcome, Language language) => (outcome, language) switch
    {
        (Checking.Outcome.Violated, Language.Zh) => "违反",
        (Checking.Outcome.Compliant, Language.Zh) => "合规",
        (Checking.Outcome.NotApplicable, Language.Zh) => "不适用",
        (Checking.Outcome.Indeterminate, Language.Zh) => "无法判定",
        (_, Language.Zh) => "出错",
        (Checking.Outcome.Violated, _) => "Violated",
        (Checking.Outcome.Compliant, _) => "Compliant",
        (Checking.Outcome.NotApplicable, _) => "Not applicable",
        (Checking.Outcome.Indeterminate, _) => "Indeterminate",
        _ => "Error",
    };

    public static string Severity(Severity severity, Language language) => (severity, language) switch
    {
        (Catalogue.Severity.Critical, Language.Zh) => "严重",
        (Catalogue.Severity.Major, Language.Zh) => "较重",
        (_, Language.Zh) => "一般",
        (Catalogue.Severity.Critical, _) => "critical",
        (Catalogue.Severity.Major, _) => "major",
        _ => "minor",
    };

    /// <summary>What an input problem cost, in both languages, for the rejected-records sheet.</summary>
    public static string Consequence(ImportConsequence consequence) => consequence switch
    {
        ImportConsequence.ValueIgnored => "值未采用 value left empty",
        ImportConsequence.RecordRejected => "记录退回 record left out",
        ImportConsequence.EmployerRejected => "企业退回 employer not checked",
        ImportConsequence.ColumnIgnored => "列未读取 column not read",
        ImportConsequence.TableIgnored => "表未读取 table not read",
        _ => "批次退回 batch refused",
    };

    public static string Kind(string kind, Language language) => (kind, language) switch
    {
        ("worker", Language.Zh) => "人员",
        ("post", Language.Zh) => "岗位",
        _ => kind,
    };
}
