namespace ChinaLabour.Compliance.Snapshots;

/// <summary>What a snapshot field holds.</summary>
internal enum SnapshotFieldShape
{
    /// <summary>One value: text, a number, a date, yes or no, an enumeration value.</summary>
    Value,

    /// <summary>One record (the enterprise, the management records).</summary>
    Record,

    /// <summary>A list of records (posts, workers, a worker's trainings).</summary>
    List,
}
