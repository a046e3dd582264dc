using System.Collections.Generic;
using YamlDotNet.Core;

namespace ChinaLabour.Compliance.Snapshots;

/// <summary>Where each JSON path of a YAML snapshot came from, so that errors point into the YAML file.</summary>
internal sealed class YamlJsonMap
{
    private readonly Dictionary<string, Mark> _marks = new(System.StringComparer.Ordinal);

    public void Add(string path, Mark mark) => _marks[path] = mark;

    public Mark Find(string? path)
    {
        // Walk up from the exact path to the nearest node that has a position.
        while (!string.IsNullOrEmpty(path))
        {
            if (_marks.TryGetValue(path, out var mark))
            {
                return mark;
            }

            var cut = path.LastIndexOfAny(['.', '[']);
            path = cut > 0 ? path[..cut] : null;
        }

        return _marks.GetValueOrDefault("$", new Mark());
    }
}
