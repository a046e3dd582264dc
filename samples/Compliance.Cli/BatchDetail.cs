namespace Compliance.Cli;

/// <summary>What a batch writes of each employer in reports.jsonl (<c>--detail</c>).</summary>
internal enum BatchDetail
{
    /// <summary>A <c>compliance-batch-record/3</c> record: what an auditor acts on, the rules' words once in catalogue.json.</summary>
    Summary,

    /// <summary>The full <c>compliance-report/1</c> report, every rule with its words.</summary>
    Full,
}
