using System;
using System.Collections.Generic;

namespace Corpus.Generator.Naming;

/// <summary>
/// The names given to more than one thing of a kind in a corpus (compared as <see cref="Names"/> compares
/// them). Such a name becomes no member: a numbered member (<c>SecondDay_537</c>, <c>Residents_326</c>)
/// says nothing about which one it is, and would come to mean another after an edit that added or
/// removed one earlier in path order, with no compile error. Without one, code that named the only
/// "second day" stops compiling when a second appears, which says what happened.
/// </summary>
internal static class SharedNames
{
    // Two sets rather than a grouping: a 20,000-article corpus asks this of about 600,000 figure names.
    public static HashSet<string> Of(IEnumerable<string> names)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var shared = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            if (name.Length == 0) continue;
            var stem = Stem(name);
            if (!seen.Add(stem)) shared.Add(stem);
        }
        return shared;
    }

    /// <summary>The name as <see cref="Names"/> keys it: without the <c>@</c> of a keyword.</summary>
    public static string Stem(string name) => name.TrimStart('@');
}
