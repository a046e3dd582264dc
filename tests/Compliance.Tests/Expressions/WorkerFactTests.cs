using System;
using System.Collections.Generic;
using System.Linq;
using ChinaLabour.Compliance.Expressions;
using ChinaLabour.Compliance.Snapshots;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Compliance.Tests.Expressions;

/// <summary>
/// A worker's trainings and certificates are answered from the records when each states what the question reads, and
/// through the views otherwise. A check that traces its reads always goes through the views: the answers, the facts
/// named missing and the steps counted must be the same both ways.
/// </summary>
public sealed class WorkerFactTests
{
    private static readonly LocalDate s_day = new(2024, 6, 30);

    private static readonly LocalDate?[] s_dates = [null, s_day.PlusDays(-1), s_day, s_day.PlusDays(1)];

    [Fact]
    public void Safety_training_is_answered_as_the_views_answer_it()
    {
        var trainings = (
            from kind in new TrainingKind?[] { null, TrainingKind.Safety, TrainingKind.ThreeLevel, TrainingKind.Fire }
            from passed in new bool?[] { null, true, false }
            from date in s_dates
            select new Training { Kind = kind, Passed = passed, Date = date }).ToArray();

        var answered = 0;
        foreach (var list in Lists(trainings))
        {
            answered += Same(new Worker { Id = "W1", Trainings = list }, w => w.PassedSafetyTrainingBy(s_day)) ? 1 : 0;
        }

        answered.Should().BeGreaterThan(50, "many lists hold a passed safety training by the day");
    }

    [Fact]
    public void Certificates_are_answered_as_the_views_answer_them()
    {
        var certificates = (
            from category in new[] { null, "电工作业", "焊接与热切割作业" }
            from genuine in new bool?[] { null, true, false }
            from validFrom in s_dates
            from until in s_dates
            select new Certificate { Category = category, Number = "T1", Genuine = genuine, ValidFrom = validFrom, ValidUntil = until }).ToArray();

        var answered = 0;
        foreach (var list in Lists(certificates))
        {
            answered += Same(new Worker { Id = "W1", Certificates = list }, w => w.HoldsValidCertificate("电工作业", s_day)) ? 1 : 0;
        }

        answered.Should().BeGreaterThan(10, "some lists hold a genuine certificate of the category valid on the day");
    }

    [Fact]
    public void A_worker_without_the_list_is_missing_it_both_ways()
    {
        Same(new Worker { Id = "W1" }, w => w.PassedSafetyTrainingBy(s_day));
        Same(new Worker { Id = "W1" }, w => w.HoldsValidCertificate("电工作业", s_day));
    }

    /// <summary>No list, an empty one, each record alone, and pairs of records in both orders (a fixed sample of them).</summary>
    private static IEnumerable<IReadOnlyList<T>?> Lists<T>(T[] records)
    {
        yield return null;
        yield return [];
        foreach (var record in records)
        {
            yield return [record];
        }

        var random = new Random(18);
        for (var i = 0; i < 600; i++)
        {
            yield return [records[random.Next(records.Length)], records[random.Next(records.Length)]];
        }
    }

    /// <summary>
    /// Asks the question of a view in a check and in a check that traces its reads, with budgets of none to more than
    /// the walk needs; asserts each pair the same; gives the answer with room to spare.
    /// </summary>
    private static bool Same(Worker worker, Func<WorkerFact, bool> question)
    {
        var answer = false;
        for (var steps = 0; steps <= 3; steps++)
        {
            var direct = Ask(worker, question, steps, tracksReads: false);
            var viewed = Ask(worker, question, steps, tracksReads: true);
            direct.Should().Be(viewed, "{0} steps, trainings [{1}], certificates [{2}]", steps, string.Join("; ", worker.Trainings ?? []), string.Join("; ", worker.Certificates ?? []));
            answer = direct == "True";
        }

        return answer;
    }

    private static string Ask(Worker worker, Func<WorkerFact, bool> question, int steps, bool tracksReads)
    {
        var context = new EvaluationContext(s_day, new EvaluationBudget(steps, TimeSpan.FromMinutes(1)), tracksReads: tracksReads);
        try
        {
            var answer = question(new WorkerFact(worker, "workers[W1]", context));
            return context.HasMissing ? $"{answer}, missing {string.Join(", ", context.MissingFacts())}" : answer.ToString();
        }
        catch (BudgetExceededException)
        {
            return "over budget";
        }
    }
}
