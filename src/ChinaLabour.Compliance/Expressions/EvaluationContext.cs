using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading;
using NodaTime;

namespace ChinaLabour.Compliance.Expressions;

/// <summary>
/// What every compiled rule expression is given: the as-of date, the facts, the rule's named values, the budget it
/// may spend and the record of the facts it found missing. One context serves one employer's check; the rules of
/// that check run one after another, each starting with <see cref="Begin"/>. The views and fact sets built for the
/// check report missing facts and count steps here, so no state rides on the thread, and a check may move between
/// threads or be cancelled.
/// </summary>
/// <threadsafety>Used by one check at a time; a check's rules never run concurrently.</threadsafety>
internal sealed class EvaluationContext
{
    // Reading the clock on every step would cost more than the step itself. A power of two: Tick tests it by a mask.
    private const int ClockCheckInterval = 1024;

    private readonly EvaluationBudget _budget;
    private readonly CancellationToken _cancellation;
    private IReadOnlyDictionary<string, PostFact> _posts = new Dictionary<string, PostFact>(StringComparer.Ordinal);
    // Kept across the check's rules and cleared at each: most rules find nothing missing, and one that does is
    // sorted once, when its result is made, rather than kept sorted fact by fact.
    private readonly HashSet<string> _missing = new(StringComparer.Ordinal);
    private SortedSet<string>? _read;
    // The facts the rule's evidence count kept (SharedWalk), one list for the check's rules, cleared at each.
    private readonly List<IFactRecord> _kept = [];
    private long _steps;
    private long _deadline;

    public EvaluationContext(LocalDate asOf, EvaluationBudget budget, CancellationToken cancellation = default, bool tracksReads = false)
    {
        AsOf = asOf;
        TracksReads = tracksReads;
        _budget = budget;
        _cancellation = cancellation;
        Roots = new object?[FactRoots.Count];
        Values = [];
        Begin(0);
    }

    /// <summary>The date the employer is checked as of.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The facts, indexed as <see cref="FactRoots.IndexOf"/> gives; null where the snapshot does not give one.</summary>
    public object?[] Roots { get; }

    /// <summary>The named values of the rule under evaluation, in the order the rule defines them; past the rule's own, null.</summary>
    public object?[] Values { get; private set; }

    /// <summary>
    /// Whether the views record every fact a rule reads (<see cref="FactsRead"/>): for the test that removes each fact
    /// a rule reads and expects Indeterminate; off in checks, where it would only cost.
    /// </summary>
    public bool TracksReads { get; }

    /// <summary>The facts read since the current rule began, when <see cref="TracksReads"/> is on.</summary>
    public IReadOnlyCollection<string> FactsRead => (IReadOnlyCollection<string>?)_read ?? [];

    /// <summary>Whether a fact was found missing since the current rule began.</summary>
    public bool HasMissing => _missing.Count > 0;

    /// <summary>The facts found missing since the current rule began, each once, in ordinal order.</summary>
    /// <returns>A new array.</returns>
    public string[] MissingFacts()
    {
        var facts = new string[_missing.Count];
        _missing.CopyTo(facts);
        return FactOrder.Settled(facts);
    }

    /// <summary>
    /// The facts the rule's evidence count has kept since the rule began, in the order it counted them: the rule's
    /// evidence when its count is the evidence's walk (<c>SharedWalk</c>). Read before the next rule begins.
    /// </summary>
    public IReadOnlyList<IFactRecord> Kept => _kept;

    /// <summary>Keeps a fact the rule's evidence count counted.</summary>
    /// <param name="fact">The fact.</param>
    public void Keep(IFactRecord fact) => _kept.Add(fact);

    /// <summary>Gives the posts by id, which workers' <c>Post</c> reads.</summary>
    /// <param name="posts">The posts the snapshot gives, the first of each id.</param>
    public void UsePosts(IReadOnlyDictionary<string, PostFact> posts) => _posts = posts;

    /// <summary>The post with <paramref name="id"/>, or null when the snapshot does not give it.</summary>
    /// <param name="id">A post id a worker names.</param>
    /// <returns>The post's view.</returns>
    public PostFact? PostById(string id) => _posts.GetValueOrDefault(id);

    /// <summary>The view of the fact <paramref name="name"/>, or null when the snapshot does not give it.</summary>
    /// <typeparam name="T">The view's type.</typeparam>
    /// <param name="name">A fact's name.</param>
    /// <returns>The view.</returns>
    public T? Root<T>(string name)
        where T : class => Roots[FactRoots.IndexOf(name)] as T;

    /// <summary>Starts a rule: no facts missing, no steps spent, room for its named values.</summary>
    /// <param name="valueCount">How many named values the rule defines.</param>
    public void Begin(int valueCount)
    {
        _missing.Clear();
        _kept.Clear();
        _steps = 0;

        // The clock starts at the rule's first clock check (Tick), ClockCheckInterval steps in: a rule that visits
        // fewer facts cannot run long, and reading the clock once for each of a catalogue's rules cost about a tenth
        // of a check on a small employer (profiled), where almost no rule visits that many.
        _deadline = 0;

        // One array for the check's rules, cleared for each: a rule reads only the values it has computed, and no
        // value outlives its rule here (the result keeps its own copies).
        if (Values.Length < valueCount)
        {
            Values = new object?[Math.Max(valueCount, Values.Length * 2)];
        }
        else
        {
            Array.Clear(Values);
        }
    }

    /// <summary>Records that <paramref name="fact"/> was read but is not given, and returns a stand-in value.</summary>
    /// <typeparam name="T">The fact's type.</typeparam>
    /// <param name="fact">The fact's path, e.g. <c>posts[P3].nature</c>.</param>
    /// <param name="standIn">What the expression goes on with; the rule's outcome is Indeterminate whatever it computes.</param>
    /// <returns><paramref name="standIn"/>.</returns>
    public T Missing<T>(string fact, T standIn)
    {
        _missing.Add(fact);
        return standIn;
    }

    /// <summary>Forgets the facts read so far: a rule's reads are gathered from here on, across its conditions and values.</summary>
    public void ForgetReads() => _read = null;

    /// <summary>Records that <paramref name="fact"/> was read (only when <see cref="TracksReads"/> is on).</summary>
    /// <param name="fact">The fact's path.</param>
    public void Read(string fact) => (_read ??= new SortedSet<string>(StringComparer.Ordinal)).Add(fact);

    /// <summary>
    /// Whether the check looks for the next day an outcome could turn (<see cref="NextTurn"/>): on in periods and
    /// forecasts, off in a check of one day, where it would only cost.
    /// </summary>
    public bool WatchesTurns { get; init; }

    /// <summary>
    /// The first day after <see cref="AsOf"/> on which a date comparison the rules made this check could come out
    /// otherwise, when <see cref="WatchesTurns"/> is on; null when none could.
    /// </summary>
    public LocalDate? NextTurn { get; private set; }

    /// <summary>
    /// Notes a comparison of two dates at least one of which moves with the as-of date (compiled into every such
    /// comparison, see <c>AsOfWatch</c>). A side that moves does so by at most one day a day (asOf, asOf.PlusDays(n),
    /// asOf.PlusMonths(n), the earlier of asOf and a fixed date), so it cannot reach the other side before the gap
    /// between them has passed in days: that day, and the next (for the strict comparisons), are where it may turn.
    /// </summary>
    /// <param name="left">The left side's value.</param>
    /// <param name="right">The right side's value.</param>
    /// <param name="leftMoves">Whether the left side moves with the as-of date.</param>
    /// <param name="rightMoves">Whether the right side moves with the as-of date.</param>
    public void NoteDates(LocalDate? left, LocalDate? right, bool leftMoves, bool rightMoves)
    {
        if (!WatchesTurns)
        {
            return;
        }

        var (moving, standing) = leftMoves ? (left, right) : (right, left);
        if (leftMoves == rightMoves || moving is null)
        {
            // Two sides that both move may close at any pace, and a moving side that is null today (a choice that
            // reads the as-of date) may be a date tomorrow: the next day is the only safe bound.
            NoteDaily();
            return;
        }

        if (standing is not { } s)
        {
            // A fixed side that is null stays null: the comparison comes out the same every day.
            return;
        }

        var gap = Period.DaysBetween(moving.Value, s);
        if (gap >= 0)
        {
            Turn(AsOf.PlusDays(Math.Max(gap, 1)));
        }
    }

    /// <summary>Notes that the as-of date reached a value that may change any day (asOf.Year, Fn.DaysBetween(x, asOf)).</summary>
    public void NoteDaily()
    {
        if (WatchesTurns)
        {
            Turn(AsOf.PlusDays(1));
        }
    }

    private void Turn(LocalDate day)
    {
        if (NextTurn is not { } next || day < next)
        {
            NextTurn = day;
        }
    }

    /// <summary>Counts one step of iteration over the facts.</summary>
    /// <exception cref="BudgetExceededException">The rule has used up its steps or its time.</exception>
    /// <exception cref="OperationCanceledException">The check was cancelled.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Tick()
    {
        // Small enough to be inlined into the loops rules compile to (FactLoops), which call it once a fact: the rare
        // work, and the throws that kept the whole of it from being inlined, are in Checkpoint. Marked, for the JIT
        // left it a call in most of the compiled rules, whose own size used up its budget for inlining (seen in their
        // disassembly).
        var steps = ++_steps;
        if (steps > _budget.MaxSteps || (steps & (ClockCheckInterval - 1)) == 0)
        {
            Checkpoint(steps);
        }
    }

    /// <summary>Stops a rule past its steps, and every <see cref="ClockCheckInterval"/> steps checks the cancellation and the clock.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Checkpoint(long steps)
    {
        if (steps > _budget.MaxSteps)
        {
            throw new BudgetExceededException(string.Create(CultureInfo.InvariantCulture,
                $"the rule visited more than {_budget.MaxSteps:N0} facts and was stopped; simplify its expressions or raise MaxStepsPerRule"));
        }

        _cancellation.ThrowIfCancellationRequested();
        if (steps == ClockCheckInterval)
        {
            _deadline = Stopwatch.GetTimestamp() + (long)(_budget.TimeLimit.TotalSeconds * Stopwatch.Frequency);
        }
        else if (Stopwatch.GetTimestamp() > _deadline)
        {
            throw new BudgetExceededException(string.Create(CultureInfo.InvariantCulture,
                $"the rule ran past its time limit after visiting {steps:N0} facts and was stopped"));
        }
    }
}
