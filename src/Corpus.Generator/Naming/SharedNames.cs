using System;
using System.Collections.Generic;
using System.Linq;

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
    public static HashSet<string> Of(IEnumerable<string> names) =>
        new(
            names.Where(name => name.Length > 0)
                .GroupBy(Stem, StringComparer.OrdinalIgnoreCase)
                .Where(group => group.Skip(1).Any())
                .Select(group => group.Key),
            StringComparer.OrdinalIgnoreCase);

    /// <summary>The name as <see cref="Names"/> keys it: without the <c>@</c> of a keyword.</summary>
    public static string Stem(string name) => name.TrimStart('@');
}
