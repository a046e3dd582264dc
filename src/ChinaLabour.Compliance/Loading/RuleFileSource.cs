namespace ChinaLabour.Compliance.Loading;

/// <summary>A file handed to the catalogue loader: a rule file, or the text of a source document.</summary>
/// <param name="Path">The path the file is known by, relative to the rule folder, with '/' separators.</param>
/// <param name="Content">The file's text.</param>
public sealed record RuleFileSource(string Path, string Content);
