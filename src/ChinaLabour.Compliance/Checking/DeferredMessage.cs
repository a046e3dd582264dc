using System.Collections.Generic;
using ChinaLabour.Compliance.Catalogue;
using ChinaLabour.Compliance.Text;

namespace ChinaLabour.Compliance.Checking;

/// <summary>
/// A result's message, written from its template and named values when it is first read. A batch reads the messages
/// of the results it lists, the violations, and never those of the compliant results it only counts: rendering those
/// was a tenth of a check (measured). Two messages are equal when their texts are, rendered or not, so a result's
/// equality does not depend on whether anyone has read it.
/// </summary>
/// <threadsafety>
/// Safe to read from many threads: the text depends only on the template and the values, both immutable, so two threads
/// that render it at once write equal texts, and either is kept. The templates' formats are checked against their
/// values' types when the rules load (<see cref="ValueFormatter.Accepts"/>), so rendering cannot fail later.
/// </threadsafety>
internal sealed class DeferredMessage
{
    private readonly BilingualTemplate? _template;
    private readonly IReadOnlyList<NamedValue>? _values;
    private BilingualText? _text;

    public DeferredMessage(BilingualText text) => _text = text;

    public DeferredMessage(BilingualTemplate template, IReadOnlyList<NamedValue> values) => (_template, _values) = (template, values);

    public BilingualText Text => _text ??= MessageWriter.Render(_template!, _values!);

    /// <summary>Whether the text has been written yet: for the tests that show a check leaves its messages unwritten until read.</summary>
    internal bool IsRendered => _text is not null;

    public override bool Equals(object? obj) => obj is DeferredMessage other && (ReferenceEquals(this, other) || Text.Equals(other.Text));

    public override int GetHashCode() => Text.GetHashCode();
}
