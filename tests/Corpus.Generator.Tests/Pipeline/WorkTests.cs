using System;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Corpus.Generator.Pipeline;

namespace Corpus.Generator.Tests.Pipeline;

/// <summary>
/// Work started in one step and finished in the next: each result is its own item's, computed once,
/// whichever thread ran it, and failures and cancellation reach the step that asks as a plain step's would.
/// </summary>
[Collection(WorkQueueCollection.Name)]
public class WorkTests
{
    [Fact]
    public void EachItemIsRunOnceAndFinishesWithItsOwnResult()
    {
        const int count = 2000;
        var runs = new int[count];
        Func<int, CancellationToken, string> transform = (item, _) =>
        {
            Interlocked.Increment(ref runs[item]);
            // Long enough for a helper to start and take items ahead of the thread that finishes them.
            Thread.Sleep(item % 50 == 0 ? 1 : 0);
            Thread.SpinWait(5000);
            return "item " + item;
        };

        var started = Enumerable.Range(0, count).Select(item => Work<int, string>.Start(item, transform, CancellationToken.None)).ToList();
        var results = started.Select(work => work.Finish(CancellationToken.None)).ToList();
        // Helpers still draining the queue skip what was claimed: wait for them before counting runs.
        Assert.True(SpinWait.SpinUntil(() => WorkQueue.IsIdle, TimeSpan.FromSeconds(30)));

        Assert.Equal(Enumerable.Range(0, count).Select(item => "item " + item), results);
        Assert.All(runs, times => Assert.Equal(1, times));
        // Asked again (Roslyn asks once), a result is made again, alike.
        Assert.Equal("item 7", started[7].Finish(CancellationToken.None));
        Assert.Equal(2, runs[7]);
    }

    [Fact]
    public void AnItemAnotherThreadIsRunningIsWaitedFor()
    {
        using var entered = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var work = Work<int, int>.Start(4, (item, _) =>
        {
            entered.Set();
            release.Wait();
            return item * 10;
        }, CancellationToken.None);
        var helper = new Thread(() => ((IQueuedWork)work).RunIfUnclaimed());
        helper.Start();
        Assert.True(entered.Wait(TimeSpan.FromSeconds(30)));
        var releaser = new Thread(() =>
        {
            Thread.Sleep(100);
            release.Set();
        });
        releaser.Start();

        Assert.Equal(40, work.Finish(CancellationToken.None));
        helper.Join();
        releaser.Join();
    }

    [Fact]
    public void AFailureReachesTheStepThatAsks()
    {
        var work = Work<int, int>.Start(3, (item, _) => throw new InvalidOperationException("item " + item + " failed"), CancellationToken.None);

        var failure = Assert.Throws<InvalidOperationException>(() => work.Finish(CancellationToken.None));
        Assert.Equal("item 3 failed", failure.Message);
    }

    [Fact]
    public void WorkOfARunThatWasCancelledIsDroppedAndDoneAgainForARunThatGoesOn()
    {
        using var givenUp = new CancellationTokenSource();
        givenUp.Cancel();
        var runs = 0;
        // A transform that ignores its token, as some steps' do: the work is still dropped, not done.
        var work = Work<int, int>.Start(5, (item, _) =>
        {
            Interlocked.Increment(ref runs);
            return item * 2;
        }, givenUp.Token);
        Assert.True(SpinWait.SpinUntil(() => WorkQueue.IsIdle, TimeSpan.FromSeconds(30)));
        Assert.Equal(0, runs);

        Assert.Equal(10, work.Finish(CancellationToken.None));
        Assert.Equal(1, runs);
    }

    [Fact]
    public void WorkFinishedByTheRunThatGaveItUpIsCancelled()
    {
        using var givenUp = new CancellationTokenSource();
        givenUp.Cancel();
        var work = Work<int, int>.Start(5, (item, _) => item * 2, givenUp.Token);

        Assert.Throws<OperationCanceledException>(() => work.Finish(givenUp.Token));
    }

    [Fact]
    public void TheResultIsLetGoOnceHandedOut()
    {
        var work = Work<int, byte[]>.Start(1, (size, _) => new byte[size * 1000], CancellationToken.None);

        var result = FinishWeakly(work);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(result.IsAlive);
        GC.KeepAlive(work);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference FinishWeakly(Work<int, byte[]> work) => new(work.Finish(CancellationToken.None));

    // One item waits, up to a limit, for the other to start: only a helper can start it while the test's
    // thread runs the first. On one core there are no helpers, and nothing to show.
    [Fact]
    public void HelpersRunItemsWhileTheStepRunsAnother()
    {
        if (Environment.ProcessorCount == 1) return;
        using var secondStarted = new ManualResetEventSlim();
        var first = Work<int, bool>.Start(1, (_, _) => secondStarted.Wait(TimeSpan.FromSeconds(20)), CancellationToken.None);
        var second = Work<int, bool>.Start(2, (_, _) =>
        {
            secondStarted.Set();
            return true;
        }, CancellationToken.None);

        Assert.True(first.Finish(CancellationToken.None));
        Assert.True(second.Finish(CancellationToken.None));
    }

    [Fact]
    public void WorkIsEqualWhenItsInputIs()
    {
        Func<string, CancellationToken, int> length = (text, _) => text.Length;
        var first = Work<string, int>.Start("Osh", length, CancellationToken.None);
        var same = Work<string, int>.Start(new string("Osh".ToCharArray()), length, CancellationToken.None);
        var other = Work<string, int>.Start("Bishkek", length, CancellationToken.None);

        Assert.Equal(first, same);
        Assert.Equal(first.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(first, other);
        Assert.Equal(3, first.Finish(CancellationToken.None));
    }
}

/// <summary>
/// The queue is the process's: these tests wait for it to be idle, which the generator's other tests,
/// run in parallel, would keep it from being. So they run on their own.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WorkQueueCollection
{
    public const string Name = "Work queue";
}
