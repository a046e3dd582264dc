using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using ChinaLabour.Compliance.Catalogue;

namespace ChinaLabour.Compliance.Checking;

/// <summary>
/// A message template with the named values it is rendered from: the same template and the same values give the same
/// text, so <see cref="MessageWriter"/> renders it once. Values are compared by name, text and value; a list compares
/// by reference, and such keys are not kept at all.
/// </summary>
internal readonly struct RenderKey(BilingualTemplate template, IReadOnlyList<NamedValue> values) : IEquatable<RenderKey>
{
    public BilingualTemplate Template { get; } = template;

    public IReadOnlyList<NamedValue> Values { get; } = values;

    /// <summary>Whether the values are plain enough for the key to be worth keeping: no lists, which are long and seldom repeat.</summary>
    public bool Keepable
    {
        get
        {
            for (var i = 0; i < Values.Count; i++)
            {
                if (Values[i].Value is Array)
                {
                    return false;
                }
            }

            return true;
        }
    }

    public bool Equals(RenderKey other)
    {
        if (!ReferenceEquals(Template, other.Template) || Values.Count != other.Values.Count)
        {
            return false;
        }

        for (var i = 0; i < Values.Count; i++)
        {
            var (mine, theirs) = (Values[i], other.Values[i]);
            if (!string.Equals(mine.Name, theirs.Name, StringComparison.Ordinal) || !string.Equals(mine.Text, theirs.Text, StringComparison.Ordinal)
                || !Equals(mine.Value, theirs.Value))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is RenderKey other && Equals(other);

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(RuntimeHelpers.GetHashCode(Template));
        for (var i = 0; i < Values.Count; i++)
        {
            hash.Add(Values[i].Text, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }
}
