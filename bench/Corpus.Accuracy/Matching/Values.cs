using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Accuracy.Matching;

/// <summary>Numbers compared to 1e-9 relative: the suites print fractions to 15 digits ("0.666666666666667").</summary>
internal static class Values
{
    public static bool Near(decimal expected, decimal actual)
    {
        var tolerance = 1e-9 * Math.Max(1.0, Math.Abs((double)expected));
        return Math.Abs((double)expected - (double)actual) <= tolerance;
    }

    /// <summary>The two lists hold the same numbers, each used once.</summary>
    public static bool SameMultiset(IEnumerable<decimal> expected, IEnumerable<decimal> actual)
    {
        var e = expected.OrderBy(v => v).ToList();
        var a = actual.OrderBy(v => v).ToList();
        if (e.Count != a.Count) return false;
        for (var i = 0; i < e.Count; i++)
        {
            if (!Near(e[i], a[i])) return false;
        }
        return true;
    }

    /// <summary>Pairs every expected item with a distinct actual item; true when all expected items are paired and <paramref name="mustPair"/> holds for every unpaired actual item.</summary>
    public static bool Pair<TExpected, TActual>(IReadOnlyList<TExpected> expected, IReadOnlyList<TActual> actual, Func<TExpected, TActual, bool> match, Func<TActual, bool> mustPair)
    {
        var used = new bool[actual.Count];
        foreach (var e in expected)
        {
            var found = false;
            for (var i = 0; i < actual.Count && !found; i++)
            {
                if (used[i] || !match(e, actual[i])) continue;
                used[i] = true;
                found = true;
            }
            if (!found) return false;
        }
        for (var i = 0; i < actual.Count; i++)
        {
            if (!used[i] && mustPair(actual[i])) return false;
        }
        return true;
    }
}
