using System;
using System.Threading.Tasks;
using FluentAssertions;
using Xunit;

namespace Compliance.Cli.Tests;

/// <summary>The batch pipeline's queue and window: first in, first out; completion and interrupts end the waits.</summary>
public sealed class HandOffTests
{
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(30);

    [Fact]
    public void Items_come_out_in_the_order_added_and_a_completed_empty_queue_says_so()
    {
        var queue = new HandOff<int>();
        queue.Add(1);
        queue.Add(2);
        queue.Complete();

        queue.TryTake(out var first).Should().BeTrue();
        queue.TryTake(out var second).Should().BeTrue();
        queue.TryTake(out _).Should().BeFalse();
        (first, second).Should().Be((1, 2));
    }

    [Fact]
    public async Task A_waiting_taker_gets_the_next_item_added()
    {
        var queue = new HandOff<string>();
        var taker = Task.Run(() => queue.TryTake(out var item) ? item : null);

        queue.Add("E1");

        (await taker.WaitAsync(s_patience)).Should().Be("E1");
    }

    [Fact]
    public async Task An_interrupt_stops_the_takers_and_what_was_queued_is_left_to_drain()
    {
        var queue = new HandOff<int>();
        var waiting = Task.Run(() => queue.TryTake(out _));
        queue.Wake();
        (await waiting.WaitAsync(s_patience)).Should().BeFalse();

        queue.Add(7);
        queue.TryTake(out _).Should().BeFalse("an interrupted queue hands out nothing more");
        queue.TryTakeNow(out var left).Should().BeTrue();
        left.Should().Be(7);
        queue.TryTakeNow(out _).Should().BeFalse();
    }

    [Fact]
    public async Task A_gathering_queue_wakes_its_waiting_taker_for_the_items_gathered_not_for_the_first()
    {
        // Patience far beyond the test's: only the items gathered can wake the taker.
        var queue = new HandOff<int>(3, TimeSpan.FromHours(1));
        var taker = Take(queue);
        await Waiting(queue);
        queue.Add(1);
        queue.Add(2);
        await Task.Delay(200);
        taker.IsCompleted.Should().BeFalse("two items are fewer than the three gathered");

        queue.Add(3);
        (await taker.WaitAsync(s_patience)).Should().Be(1);
        (await Take(queue).WaitAsync(s_patience)).Should().Be(2, "items left are taken without waiting");
    }

    [Fact]
    public async Task A_lone_item_is_taken_once_the_taker_has_waited_its_patience()
    {
        // The writer's next employer may come alone, behind a large one: it must not wait for items that cannot come.
        var queue = new HandOff<int>(8, TimeSpan.FromMilliseconds(1));
        var taker = Take(queue);
        await Waiting(queue);
        queue.Add(1);

        (await taker.WaitAsync(s_patience)).Should().Be(1);
    }

    [Fact]
    public async Task A_gathering_queue_gives_items_left_at_once_and_completion_ends_the_gathering()
    {
        var queue = new HandOff<int>(8, TimeSpan.FromHours(1));
        queue.Add(5);
        (await Take(queue).WaitAsync(s_patience)).Should().Be(5, "a taker that finds an item is behind, and takes it");

        var taker = Take(queue);
        await Waiting(queue);
        queue.Add(6);
        queue.Complete();
        (await taker.WaitAsync(s_patience)).Should().Be(6, "nothing more will come to gather");
        (await Take(queue).WaitAsync(s_patience)).Should().Be(-1, "the queue is complete and empty");
    }

    [Fact]
    public async Task A_full_window_lets_the_reader_on_once_places_are_given_back_and_an_interrupt_releases_it()
    {
        var window = new BatchWindow(4);
        for (var i = 0; i < 4; i++)
        {
            window.Take().Should().BeTrue();
        }

        var reader = Task.Run(window.Take);
        window.Release();
        window.Release();
        (await reader.WaitAsync(s_patience)).Should().BeTrue("half the window is free");

        window.Take().Should().BeTrue();
        var blocked = Task.Run(window.Take);
        window.Wake();
        (await blocked.WaitAsync(s_patience)).Should().BeFalse("an interrupt ends the wait without a place");
    }

    /// <summary>A take on another thread, -1 for none: a queue that wrongly waits fails the test rather than holding it for its patience.</summary>
    private static Task<int> Take(HandOff<int> queue) => Task.Run(() => queue.TryTake(out var item) ? item : -1);

    /// <summary>Until a taker waits on <paramref name="queue"/>: it then found the queue empty, and gathers.</summary>
    private static async Task Waiting<T>(HandOff<T> queue)
    {
        var waited = TimeSpan.Zero;
        while (queue.Waiting == 0)
        {
            waited.Should().BeLessThan(s_patience, "the taker should have started waiting");
            await Task.Delay(5);
            waited += TimeSpan.FromMilliseconds(5);
        }
    }
}
