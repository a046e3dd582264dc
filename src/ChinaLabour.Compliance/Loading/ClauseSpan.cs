namespace ChinaLabour.Compliance.Loading;

/// <summary>A clause found in a document's text: its name and where its text runs, up to the next clause's heading.</summary>
internal readonly record struct ClauseSpan(string Clause, int Start, int End);
