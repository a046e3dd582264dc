using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ChinaLabour.Compliance.Loading;

/// <summary>An expression as written in a rule file, with where it starts.</summary>
internal sealed record ExpressionSource(string Text, Mark Start, ScalarStyle Style)
{
    public static ExpressionSource? From(YamlScalarNode? node) =>
        node?.Value is null ? null : new ExpressionSource(node.Value, node.Start, node.Style);

    /// <summary>Where the character at <paramref name="offset"/> is, when the expression sits on one line.</summary>
    public Mark At(int? offset)
    {
        if (offset is not { } o || Text.Contains('\n', System.StringComparison.Ordinal))
        {
            return Start;
        }

        var quote = Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0;
        return new Mark(Start.Index + quote + o, Start.Line, Start.Column + quote + o);
    }
}
