namespace ChinaLabour.Compliance.Snapshots;

/// <summary>Kinds of personal information a snapshot holds.</summary>
internal enum PersonalKind
{
    /// <summary>A person's name: never quoted in a message.</summary>
    Name,

    /// <summary>A resident ID number: quoted only masked (<c>140602********1234</c>).</summary>
    IdNumber,
}
