using System;
using System.Text;

namespace Corpus.Generator.Text;

/// <summary>
/// One builder per thread for the short strings made per figure, quote and line (names, escaped doc
/// text): at 20,000 articles they were hundreds of builders per article. A builder taken while the
/// thread's is out (one name built inside another) is a new one.
/// </summary>
internal static class StringBuilderCache
{
    // Longer builders (a whole file) are not kept for the thread's life.
    private const int LargestKept = 1024;

    [ThreadStatic]
    private static StringBuilder? t_cached;

    public static StringBuilder Acquire(int capacity = 64)
    {
        var builder = t_cached;
        if (builder is not null && capacity <= builder.Capacity)
        {
            t_cached = null;
            return builder.Clear();
        }
        return new StringBuilder(Math.Max(capacity, 16));
    }

    /// <summary>The builder's text; the builder goes back to the thread.</summary>
    public static string ToStringAndRelease(StringBuilder builder)
    {
        var text = builder.ToString();
        if (builder.Capacity <= LargestKept) t_cached = builder;
        return text;
    }
}
