namespace Compliance.Generators;

/// <summary>Everything the generator writes from: the records rules read, the snapshot's top-level facts, and problems.</summary>
/// <param name="Records">Every record reachable from the snapshot, but the snapshot itself.</param>
/// <param name="Roots">The snapshot's own fields that rules read, each the name of a fact under <c>needs</c>.</param>
/// <param name="Problems">Declarations the generator cannot read, each reported as an error.</param>
internal sealed record FactModel(EquatableArray<RecordModel> Records, EquatableArray<FieldModel> Roots, EquatableArray<string> Problems);
