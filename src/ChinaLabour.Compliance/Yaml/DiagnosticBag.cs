using System.Collections.Generic;
using System.Linq;
using YamlDotNet.Core;

namespace ChinaLabour.Compliance.Yaml;

/// <summary>Collects the diagnostics of one load, so that every problem is reported, not just the first.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public DiagnosticBag(string file) => File = file;

    public string File { get; set; }

    public bool HasErrors => _items.Count > 0;

    public int Count => _items.Count;

    public void Add(Mark mark, string code, string? ruleId, string message) =>
        Add(new SourcePosition(File, (int)mark.Line, (int)mark.Column), code, ruleId, message);

    public void Add(SourcePosition position, string code, string? ruleId, string message) =>
        _items.Add(new Diagnostic(position, code, ruleId, message));

    /// <summary>Adds another bag's diagnostics, in the order they were found there.</summary>
    public void AddRange(DiagnosticBag other) => _items.AddRange(other._items);

    public IReadOnlyList<Diagnostic> ToSortedList() =>
        _items
            .OrderBy(d => d.Position.File, System.StringComparer.Ordinal)
            .ThenBy(d => d.Position.Line)
            .ThenBy(d => d.Position.Column)
            .ThenBy(d => d.Code, System.StringComparer.Ordinal)
            .ToArray();
}
