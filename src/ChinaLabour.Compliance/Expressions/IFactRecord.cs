namespace ChinaLabour.Compliance.Expressions;

/// <summary>A fact that stands for one record of the snapshot, so that evidence can name it.</summary>
internal interface IFactRecord
{
    /// <summary>The kind of record: <c>worker</c>, <c>post</c>, ….</summary>
    string RecordKind { get; }

    /// <summary>The record's identifier in the snapshot.</summary>
    string Id { get; }
}
