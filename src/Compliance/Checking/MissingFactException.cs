using System;

namespace Compliance.Checking;

/// <summary>A fact view was read outside an evaluation, where no scope can record the gap.</summary>
internal sealed class MissingFactException : Exception
{
    public MissingFactException(string fact)
        : base($"The fact '{fact}' is missing.") => Fact = fact;

    public string Fact { get; }
}
