namespace ChinaLabour.Compliance.Checking;

/// <summary>A record that shows a rule broken.</summary>
/// <param name="Kind">The kind of record: <c>worker</c> or <c>post</c>.</param>
/// <param name="Id">The record's identifier in the snapshot.</param>
public sealed record EvidenceItem(string Kind, string Id);
