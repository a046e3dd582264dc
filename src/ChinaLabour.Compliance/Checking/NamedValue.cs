using System;
using System.Collections.Generic;
using ChinaLabour.Compliance.Text;

namespace ChinaLabour.Compliance.Checking;

/// <summary>A value a rule computed on the way to its decision, e.g. <c>ratio</c>.</summary>
/// <param name="Name">The name given under <c>let:</c>.</param>
/// <param name="Value">The value: a number, text, date, true/false or a list.</param>
/// <param name="Text">The value written culture-free, as reports show it.</param>
/// <remarks>Equal when name, value and text are; a text the checker writes is written when first read.</remarks>
public sealed record NamedValue(string Name, object? Value, string Text)
{
    // A batch never reads the texts of the values of the compliant results it only counts: the checker's values are
    // written on first read (measured: a few percent of a check), always from the value, so they read the same.
    private string? _text = Text;

    /// <summary>A value whose text is <see cref="ValueFormatter.Format"/> of it, written when first read.</summary>
    internal NamedValue(string name, object? value)
        : this(name, value, null!)
    {
    }

    /// <summary>The value written culture-free, as reports show it.</summary>
    public string Text
    {
        get => _text ??= ValueFormatter.Format(Value);
        init => _text = value;
    }

    /// <summary>Whether <paramref name="other"/> has the same name, value and text.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(NamedValue? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && string.Equals(Name, other.Name, StringComparison.Ordinal)
            && EqualityComparer<object?>.Default.Equals(Value, other.Value)
            && string.Equals(Text, other.Text, StringComparison.Ordinal));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Value, Text);
}
