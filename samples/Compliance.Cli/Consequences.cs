using System;
using ChinaLabour.Compliance.Spreadsheets;

namespace Compliance.Cli;

/// <summary>What an input problem cost, in both languages, for rejected.csv and the closing line of a batch.</summary>
internal static class Consequences
{
    public static string Of(ImportConsequence consequence) => consequence switch
    {
        ImportConsequence.ValueIgnored => "值未采用 value left empty",
        ImportConsequence.RecordRejected => "记录退回 record left out",
        ImportConsequence.EmployerRejected => "企业退回 employer not checked",
        ImportConsequence.ColumnIgnored => "列未读取 column not read",
        ImportConsequence.TableIgnored => "表未读取 table not read",
        ImportConsequence.BatchRefused => "批次退回 batch refused",
        _ => throw new ArgumentOutOfRangeException(nameof(consequence), consequence, "a consequence this tool has no words for"),
    };
}
