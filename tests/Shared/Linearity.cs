using System;
using System.Diagnostics;

namespace Corpus.Testing;

/// <summary>
/// Catches quadratic paths without a wall-clock budget: the same work at two sizes, timed in the same
/// run, must grow about as the input does. Linear work grows by the size factor, quadratic by its
/// square; the bound sits between them (factor^1.7: 34x for 8x the input, where quadratic is 64x,
/// leaving room for the garbage collector and caches, which cost more on larger inputs), and each size
/// keeps its fastest of a few runs so a busy machine's pauses do not decide the outcome. The runs of the
/// two sizes alternate, so that load that comes and goes (other tests, other builds) falls on both.
/// </summary>
internal static class Linearity
{
    public static void Assert(Action<int> work, int smallSize, int factor, int runs = 3)
    {
        work(smallSize);
        var (small, large) = (TimeSpan.MaxValue, TimeSpan.MaxValue);
        for (var i = 0; i < runs; i++)
        {
            small = Min(small, Time(() => work(smallSize)));
            large = Min(large, Time(() => work(smallSize * factor)));
        }

        var ratio = large.Ticks / (double)Math.Max(1, small.Ticks);
        var bound = Math.Pow(factor, 1.7);
        Xunit.Assert.True(ratio < bound,
            $"{factor}x the input took {ratio:F1}x as long ({small.TotalMilliseconds:F1} ms, {large.TotalMilliseconds:F1} ms); linear is {factor}x, quadratic {factor * factor}x");
    }

    private static TimeSpan Time(Action run)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var watch = Stopwatch.StartNew();
        run();
        watch.Stop();
        return watch.Elapsed;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
