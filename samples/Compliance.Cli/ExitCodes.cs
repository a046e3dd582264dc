namespace Compliance.Cli;

/// <summary>What the process exit code means; docs/cli.md lists them too.</summary>
internal static class ExitCodes
{
    /// <summary>Nothing was violated.</summary>
    public const int Clean = 0;

    /// <summary>At least one rule was violated.</summary>
    public const int Violations = 1;

    /// <summary>Bad input, bad rules or a bad command line: nothing was checked.</summary>
    public const int BadInput = 2;
}
