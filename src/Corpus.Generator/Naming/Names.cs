using System;
using System.Collections.Generic;
using System.Globalization;

namespace Corpus.Generator.Naming;

/// <summary>
/// The member names taken in one scope, compared ignoring case. A name already taken gets the first
/// free suffix <c>_2</c>, <c>_3</c>…; each name remembers where its search stopped, so that a name asked
/// for thousands of times (articles named alike in many folders) is not searched from <c>_2</c> each time.
/// </summary>
internal sealed class Names
{
    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _nextSuffix = new(StringComparer.OrdinalIgnoreCase);

    public Names(IEnumerable<string> reserved)
    {
        foreach (var name in reserved) _taken.Add(name);
    }

    /// <summary>Takes <paramref name="name"/> if it is free and returns it; otherwise takes and returns the first free suffixed form.</summary>
    public string Unique(string name)
    {
        var stem = name.TrimStart('@');
        if (_taken.Add(stem)) return name;
        _nextSuffix.TryGetValue(stem, out var n);
        for (n = Math.Max(n, 2); ; n++)
        {
            var candidate = stem + "_" + n.ToString(CultureInfo.InvariantCulture);
            if (_taken.Add(candidate))
            {
                _nextSuffix[stem] = n + 1;
                return candidate;
            }
        }
    }

    /// <summary>Takes <paramref name="name"/> if it is free.</summary>
    public bool TryTake(string name) => _taken.Add(name.TrimStart('@'));
}
