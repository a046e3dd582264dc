namespace Compliance.Cli;

/// <summary>
/// One finding of an employer compared across two runs: <see cref="Finding"/> is the newer of the two violated results;
/// <see cref="Now"/> what a resolved or no-longer-decidable rule's outcome is in the new run
/// (<c>employerAbsent</c>, <c>ruleAbsent</c> when the new run has no such employer or rule).
/// </summary>
internal sealed record FindingChange(string EmployerId, FindingChangeKind Kind, ViolatedFinding Finding, string? Now, string? OldValues, string? NewValues);
