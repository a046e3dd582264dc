namespace Compliance.Cli;

/// <summary>
/// What the process exit code means, the same for every command; the commands' help and README.md ("Exit codes")
/// say the same. When more than one applies, the first in this order wins: <see cref="Interrupted"/>,
/// <see cref="BadInput"/>, <see cref="Violations"/>, <see cref="Partial"/>, <see cref="Clean"/>. So a violation found
/// is always 1, whether or not part of the input was rejected (a gate that fails on 1 fails on every breach found),
/// and 0 is only ever the whole input, checked, clean: a run that rejected part of its input and found nothing in
/// the rest cannot say "clean", and says 3.
/// </summary>
internal static class ExitCodes
{
    /// <summary>Everything was checked and nothing was violated (at the <c>--fail-on</c> severity); all rule tests passed.</summary>
    public const int Clean = 0;

    /// <summary>
    /// At least one rule was violated (at the <c>--fail-on</c> severity) by an employer checked, whether or not part of a
    /// batch's input was rejected (rejected.csv, and manifest.json's counts, say so); or a rule test failed.
    /// </summary>
    public const int Violations = 1;

    /// <summary>
    /// A mistake on the command line, input that cannot be read, bad rules, or an output that cannot be written: nothing
    /// was checked, or nothing of it written. Said in one line on standard error, with what to do.
    /// </summary>
    public const int BadInput = 2;

    /// <summary>
    /// A batch read only part of its input and found no violation in the rest: an employer rejected, or a row, column or
    /// value left out (each is a row of rejected.csv); the employers that could be read were checked and written.
    /// </summary>
    public const int Partial = 3;

    /// <summary>
    /// Ctrl-C or TERM: the run stopped early; a batch wrote what it checked, listed what it did not in not-checked.csv,
    /// and left manifest.json saying <c>"complete": false</c>.
    /// </summary>
    public const int Interrupted = 130;
}
