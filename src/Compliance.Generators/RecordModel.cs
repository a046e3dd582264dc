namespace Compliance.Generators;

/// <summary>A snapshot record and the fields its view exposes.</summary>
/// <param name="Name">The record's name, e.g. <c>Worker</c>; its view is <c>WorkerFact</c>.</param>
/// <param name="Kind">How evidence names a record of this kind, e.g. <c>worker</c>.</param>
/// <param name="HasId">Whether the record has an <c>Id</c>, which names it in paths and evidence.</param>
/// <param name="Fields">The fields rules may read, in declaration order.</param>
internal sealed record RecordModel(string Name, string Kind, bool HasId, EquatableArray<FieldModel> Fields);
