using System;

namespace Compliance.Cli;

/// <summary>A report <c>diff</c> cannot read: the file, the 1-based line, and what was expected there.</summary>
internal sealed class ReportInputException(string file, int line, string problem) : Exception($"{file}:{line}: {problem}")
{
    public string File { get; } = file;

    public int Line { get; } = line;
}
