using System;
using System.Collections.Generic;
using System.Reflection;

namespace ChinaLabour.Compliance.Snapshots;

/// <summary>
/// One field of a snapshot record, as its declaration says: the one description of a fact, from which the views
/// rules read, the spreadsheet columns, the JSON Schema and the docs are derived.
/// </summary>
/// <param name="Property">The record's property.</param>
/// <param name="JsonName">The camelCase name the snapshot, spreadsheets and missing-fact paths use.</param>
/// <param name="Shape">A value, a record or a list of records.</param>
/// <param name="ValueType">The value's type without <c>?</c>; for a record or a list, the record's type.</param>
/// <param name="Names">Other names of the column or table, Chinese first (<see cref="NamesAttribute"/>).</param>
internal sealed record SnapshotField(PropertyInfo Property, string JsonName, SnapshotFieldShape Shape, Type ValueType, IReadOnlyList<string> Names)
{
    /// <summary>Whether this is the record's identity, its required <c>Id</c>.</summary>
    public bool IsIdentity => Property.Name == "Id" && ValueType == typeof(string) && Shape == SnapshotFieldShape.Value;

    /// <summary>The kind of personal information the field holds, if any (<see cref="PersonalAttribute"/>).</summary>
    public PersonalKind? Personal => Property.GetCustomAttribute<PersonalAttribute>()?.Kind;

    /// <summary>Whether absence means "none" rather than "not recorded" (<see cref="AbsentMeansNoneAttribute"/>).</summary>
    public bool AbsentMeansNone => Property.IsDefined(typeof(AbsentMeansNoneAttribute));

    /// <summary>Whether the empty text means "none" (<see cref="EmptyMeansNoneAttribute"/>).</summary>
    public bool EmptyMeansNone => Property.IsDefined(typeof(EmptyMeansNoneAttribute));

    /// <summary>Whether the text is a code (<see cref="CodeAttribute"/>).</summary>
    public bool IsCode => Property.IsDefined(typeof(CodeAttribute));

    /// <summary>Whether rules read the field: personal information and fields read through a derived fact are not.</summary>
    public bool ReadByRules => Personal is null && !Property.IsDefined(typeof(NotReadByRulesAttribute));

    /// <summary>The record a record or list field holds; null for a value.</summary>
    public SnapshotRecord? Record => Shape == SnapshotFieldShape.Value ? null : SnapshotModel.Of(ValueType);
}
