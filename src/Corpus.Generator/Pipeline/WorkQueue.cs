using System;
using System.Collections.Concurrent;
using System.Threading;

namespace Corpus.Generator.Pipeline;

/// <summary>
/// The work started by <see cref="AllCores"/>, drained in order by at most one helper per core but one
/// (the step that collects the results is the last core's). With one core there are no helpers and each
/// item runs when its result is asked for, as in a plain step.
/// </summary>
internal static class WorkQueue
{
    private static readonly ConcurrentQueue<IQueuedWork> Queue = new();
    // RS1035 keeps analyzers from reading settings out of the environment; the number of cores is not one.
#pragma warning disable RS1035
    private static readonly int MaxHelpers = Math.Max(0, Environment.ProcessorCount - 1);
#pragma warning restore RS1035
    private static int s_helpers;

    public static void Add(IQueuedWork work)
    {
        if (MaxHelpers == 0) return;
        Queue.Enqueue(work);
        while (true)
        {
            var helpers = Volatile.Read(ref s_helpers);
            if (helpers >= MaxHelpers) return;
            if (Interlocked.CompareExchange(ref s_helpers, helpers + 1, helpers) == helpers) break;
        }
        ThreadPool.UnsafeQueueUserWorkItem(static _ => Drain(), null);
    }

    /// <summary>Nothing queued and no helper running.</summary>
    public static bool IsIdle => Queue.IsEmpty && Volatile.Read(ref s_helpers) == 0;

    /// <summary>Runs the next queued item unless it was claimed; false when the queue is empty.</summary>
    public static bool RunNext()
    {
        if (!Queue.TryDequeue(out var work)) return false;
        work.RunIfUnclaimed();
        return true;
    }

    private static void Drain()
    {
        while (true)
        {
            while (Queue.TryDequeue(out var work)) work.RunIfUnclaimed();
            Interlocked.Decrement(ref s_helpers);
            // Work added after the queue looked empty, while this helper still counted, would wait for the next Add.
            if (Queue.IsEmpty) return;
            var helpers = Volatile.Read(ref s_helpers);
            if (helpers >= MaxHelpers || Interlocked.CompareExchange(ref s_helpers, helpers + 1, helpers) != helpers) return;
        }
    }
}
