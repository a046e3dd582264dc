namespace Compliance.Generators;

/// <summary>One property of a snapshot record, as the generated view reads it.</summary>
/// <param name="Name">The C# property name, e.g. <c>LastDrill</c>.</param>
/// <param name="JsonName">The camelCase name the snapshot and the missing-fact paths use, e.g. <c>lastDrill</c>.</param>
/// <param name="Shape">How the view reads it.</param>
/// <param name="ValueType">The fully qualified type of the value (the record's name for lists and records), without <c>?</c>.</param>
/// <param name="IsReferenceType">Whether the value's type is a reference type (text).</param>
internal sealed record FieldModel(string Name, string JsonName, FieldShape Shape, string ValueType, bool IsReferenceType);
