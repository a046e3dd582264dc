namespace Compliance.Generators;

/// <summary>How a snapshot field is read by rule expressions.</summary>
internal enum FieldShape
{
    /// <summary>A value always given (the record's required <c>Id</c>): read as it is.</summary>
    Given,

    /// <summary>An optional value: absent is "not recorded", which makes the rule Indeterminate.</summary>
    Recorded,

    /// <summary>
    /// An optional date that may be recorded as "none" (<c>DateOrNone</c>): absent is "not recorded"; the view reads it
    /// as a nullable date, null for "none".
    /// </summary>
    RecordedOrNone,

    /// <summary>An optional value whose absence means "none" (a worker's last day while the worker stays): read as nullable.</summary>
    NoneWhenAbsent,

    /// <summary>A list of records: absent is "not recorded", empty is "none".</summary>
    List,

    /// <summary>One record (a root such as <c>management</c>): absent is "not recorded".</summary>
    Record,
}
