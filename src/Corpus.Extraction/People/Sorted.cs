using System;
using System.Collections.Generic;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.People;

/// <summary>
/// Lists sorted once rather than sets or LINQ chains: tens of thousands of speakers, most quoted once,
/// each make a few.
/// </summary>
internal static class Sorted
{
    /// <summary>Each item once, in order: <paramref name="comparison"/> must order every field, so that only equal items compare equal.</summary>
    public static EquatableArray<T> Distinct<T>(List<T> items, Comparison<T> comparison) where T : IEquatable<T>
    {
        if (items.Count == 0) return EquatableArray<T>.Empty;
        // A person's quotes come mostly in order already, article by article.
        if (!InOrder(items, comparison)) items.Sort(comparison);
        var distinct = 1;
        for (var i = 1; i < items.Count; i++)
        {
            if (comparison(items[i], items[distinct - 1]) != 0) items[distinct++] = items[i];
        }
        items.RemoveRange(distinct, items.Count - distinct);
        return new EquatableArray<T>(items.ToArray());
    }

    private static bool InOrder<T>(List<T> items, Comparison<T> comparison)
    {
        for (var i = 1; i < items.Count; i++)
        {
            if (comparison(items[i - 1], items[i]) > 0) return false;
        }
        return true;
    }

    /// <summary>Of ordinally sorted strings that differ only in case, the first.</summary>
    public static EquatableArray<string> CaseDistinct(EquatableArray<string> sorted)
    {
        if (sorted.Count < 2) return sorted;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var kept = new List<string>(sorted.Count);
        foreach (var item in sorted)
        {
            if (seen.Add(item)) kept.Add(item);
        }
        return kept.Count == sorted.Count ? sorted : new EquatableArray<string>(kept.ToArray());
    }
}
