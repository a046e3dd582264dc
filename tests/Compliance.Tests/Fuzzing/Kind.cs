namespace Compliance.Tests.Fuzzing;

/// <summary>The types <see cref="ExpressionGen"/> builds expressions of.</summary>
internal enum Kind
{
    Int,
    Number,
    Bool,
    Text,
    Date,
}
