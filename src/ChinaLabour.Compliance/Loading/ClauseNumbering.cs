using System.Collections.Generic;
using YamlDotNet.Core;

namespace ChinaLabour.Compliance.Loading;

/// <summary>
/// How a document numbers its clauses, as its rule file declares it (<c>document.clauses</c>): a pattern that finds
/// every clause heading in the text, or an explicit list of clauses with the heading each starts at. Declared as
/// data so that a document numbered in a new way needs no code.
/// </summary>
/// <param name="Pattern">A regular expression matching each clause heading (multi-line: <c>^</c> is a line start).</param>
/// <param name="Label">How a match names its clause, with <c>{group}</c> for a named group; the match itself when null.</param>
/// <param name="List">The clauses in the document's order, each with the text its heading starts with.</param>
/// <param name="Start">Where <c>clauses</c> is written, for its diagnostics.</param>
internal sealed record ClauseNumbering(string? Pattern, string? Label, IReadOnlyList<ClauseHeading> List, Mark Start);
