using YamlDotNet.Core;

namespace ChinaLabour.Compliance.Loading;

/// <summary>One clause of an explicit numbering: its name, and the text its heading starts with at a line's start.</summary>
internal sealed record ClauseHeading(string Clause, string At, Mark Start);
