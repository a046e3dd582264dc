using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace Compliance.Cli.Tests;

/// <summary>
/// The threads of <c>--parallel N</c> (<see cref="WorkThreads"/>): with one, the command runs on a scheduler of one
/// thread, and work it starts beside itself runs on that thread when waited for, never waiting for a thread the
/// scheduler has not got; with two, such work runs while the command works.
/// </summary>
public sealed class WorkThreadsTests
{
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(30);

    [Fact]
    public void On_one_thread_work_started_beside_the_command_runs_on_the_commands_thread_when_waited_for()
    {
        var (level, caller, ran) = WorkThreads.Run(1, () =>
        {
            var started = Enumerable.Range(0, 3).Select(_ => WorkThreads.Start(() => Environment.CurrentManagedThreadId)).ToArray();
            WorkThreads.WaitAll(started);
            return (TaskScheduler.Current.MaximumConcurrencyLevel, Environment.CurrentManagedThreadId, started.Select(t => t.Result).ToArray());
        });

        level.Should().Be(1);
        ran.Should().OnlyContain(thread => thread == caller, "the one thread is the command's, busy until it waits");
    }

    [Fact]
    public void On_two_threads_work_started_beside_the_command_runs_while_the_command_works()
    {
        var met = WorkThreads.Run(2, () =>
        {
            using var both = new Barrier(2);
            var beside = WorkThreads.Start(() => both.SignalAndWait(s_patience));
            var here = both.SignalAndWait(s_patience);
            WorkThreads.WaitAll([beside]);
            return here && beside.Result;
        });

        met.Should().BeTrue("the second thread ran the started work while the first waited at the barrier");
    }

    [Fact]
    public void Waiting_for_all_lets_each_end_and_leaves_each_failure_with_its_task()
    {
        var (failure, second) = WorkThreads.Run(1, () =>
        {
            var failing = WorkThreads.Start<int>(() => throw new InvalidOperationException("the first fails"));
            var after = WorkThreads.Start(() => 2);
            WorkThreads.WaitAll([failing, after]);
            return (failing.Exception?.InnerException, after.Result);
        });

        failure.Should().BeOfType<InvalidOperationException>().Which.Message.Should().Be("the first fails");
        second.Should().Be(2, "a failure before it does not keep a task from running");
    }
}
