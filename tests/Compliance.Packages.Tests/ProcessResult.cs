using FluentAssertions;

namespace Compliance.Packages.Tests;

/// <summary>What a <c>dotnet</c> command did.</summary>
internal sealed record ProcessResult(string Command, int ExitCode, string Output, string Error)
{
    public ProcessResult ShouldSucceed(string what)
    {
        ExitCode.Should().Be(0, $"{what} should succeed; it printed:\n{Output}\n{Error}");
        return this;
    }
}
