using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using ChinaLabour.Compliance.Checking;
using ChinaLabour.Compliance.Expressions;
using ChinaLabour.Compliance.Periods;
using ChinaLabour.Compliance.Snapshots;
using NodaTime;

namespace ChinaLabour.Compliance;

/// <summary>
/// Checks employers against a compiled catalogue. Build it once with <see cref="Create"/> and share it:
/// it holds no state between calls.
/// </summary>
/// <threadsafety>Immutable; <see cref="Check(EmployerSnapshot, LocalDate)"/> and <see cref="CheckManyAsync"/> may be called from many threads at once.</threadsafety>
public sealed partial class ComplianceChecker
{
    private readonly RuleCatalogue _catalogue;
    private readonly RuleEvaluator _evaluator;
    private readonly PeriodWalk _periods;
    private readonly Action<CheckReport, TimeSpan>? _observer;

    private ComplianceChecker(RuleCatalogue catalogue, CheckerOptions options)
    {
        _catalogue = catalogue;
        _observer = options.Observer;
        _evaluator = new RuleEvaluator(
            catalogue.Compiled, catalogue.ContentHash, new EvaluationBudget(options.MaxStepsPerRule, options.TimeLimitPerRule), options.ShowIdNumbers);
        _periods = new PeriodWalk(_evaluator, catalogue.Compiled);
    }

    /// <summary>The catalogue this checker applies.</summary>
    public RuleCatalogue Catalogue => _catalogue;

    /// <summary>Builds a checker for <paramref name="catalogue"/>.</summary>
    /// <param name="catalogue">A loaded catalogue.</param>
    /// <param name="options">Settings; the defaults when <see langword="null"/>.</param>
    /// <returns>The checker.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalogue"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid; the message lists every problem.</exception>
    public static ComplianceChecker Create(RuleCatalogue catalogue, CheckerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        options ??= new CheckerOptions();
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(options));
        }

        return new ComplianceChecker(catalogue, options);
    }

    /// <summary>Decides every rule of the catalogue for one employer as of one date.</summary>
    /// <param name="snapshot">The employer's records.</param>
    /// <param name="asOf">The date to check as of; workers count when they are at work that day.</param>
    /// <returns>One result per rule, in catalogue order. Never throws for a rule's fault: that is an <see cref="Outcome.Error"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> or its enterprise is null.</exception>
    /// <exception cref="ArgumentException">A list of <paramref name="snapshot"/> holds a null record; the message says where.</exception>
    public CheckReport Check(EmployerSnapshot snapshot, LocalDate asOf) => Check(snapshot, asOf, CancellationToken.None);

    /// <summary>Decides every rule of the catalogue for one employer as of one date, until <paramref name="cancellation"/> is cancelled.</summary>
    /// <remarks>
    /// The check runs on the calling thread: it computes and never waits, so there is no asynchronous form of it.
    /// Cancellation is seen between rules and every 1,024 facts a rule visits, so a cancelled check stops promptly.
    /// </remarks>
    /// <param name="snapshot">The employer's records.</param>
    /// <param name="asOf">The date to check as of; workers count when they are at work that day.</param>
    /// <param name="cancellation">Stops the check; a cancelled check gives no report.</param>
    /// <returns>One result per rule, in catalogue order. Never throws for a rule's fault: that is an <see cref="Outcome.Error"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> or its enterprise is null.</exception>
    /// <exception cref="ArgumentException">A list of <paramref name="snapshot"/> holds a null record; the message says where.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled.</exception>
    public CheckReport Check(EmployerSnapshot snapshot, LocalDate asOf, CancellationToken cancellation)
    {
        ThrowIfUnreadable(snapshot);
        if (_observer is null)
        {
            return _evaluator.Check(snapshot, asOf, cancellation);
        }

        var started = Stopwatch.GetTimestamp();
        var report = _evaluator.Check(snapshot, asOf, cancellation);
        _observer(report, Stopwatch.GetElapsedTime(started));
        return report;
    }

    /// <summary>Throws for a snapshot no check can read: null, without an enterprise, or with a null record in a list.</summary>
    /// <remarks>
    /// Only a typed caller can give a null record (<c>Workers = [worker, null]</c>): the JSON and spreadsheet readers
    /// refuse one, naming its position. Left in, it ended a check with a bare <see cref="NullReferenceException"/>, or
    /// made a rule that read it an error.
    /// </remarks>
    private static void ThrowIfUnreadable(EmployerSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(snapshot.Enterprise);
        if (NullRecords.Find(snapshot) is { } entry)
        {
            throw new ArgumentException($"{entry} is null: a list of the snapshot may not hold a null record; remove the entry or give the record", nameof(snapshot));
        }
    }

    /// <summary>Decides every rule, and gives per rule the facts it read (for tests of the catalogue).</summary>
    internal (CheckReport Report, IReadOnlyList<IReadOnlyCollection<string>> Reads) CheckTracingReads(EmployerSnapshot snapshot, LocalDate asOf) =>
        _evaluator.CheckTracingReads(snapshot, asOf);
}
