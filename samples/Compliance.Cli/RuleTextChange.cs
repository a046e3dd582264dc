namespace Compliance.Cli;

/// <summary>A rule whose title or citation differs between two runs of different catalogues (<see cref="Change"/> <c>text</c>), or that only one of them has (<c>onlyOld</c>, <c>onlyNew</c>).</summary>
internal sealed record RuleTextChange(string RuleId, string Change);
