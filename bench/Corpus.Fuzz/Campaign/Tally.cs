using System.Collections.Generic;
using System.Linq;

namespace Corpus.Fuzz.Campaign;

/// <summary>Counters for the report. One per worker, merged at the end, so counting costs no locks.</summary>
public sealed class Tally
{
    private readonly Dictionary<string, long> _counts = new(System.StringComparer.Ordinal);

    public long this[string name] => _counts.TryGetValue(name, out var value) ? value : 0;

    public void Add(string name, long amount = 1) => _counts[name] = this[name] + amount;

    public void Max(string name, long value)
    {
        if (value > this[name]) _counts[name] = value;
    }

    public void Merge(Tally other)
    {
        foreach (var pair in other._counts)
        {
            if (pair.Key.StartsWith("max ", System.StringComparison.Ordinal)) Max(pair.Key, pair.Value);
            else Add(pair.Key, pair.Value);
        }
    }

    /// <summary>Counters whose names start with <paramref name="prefix"/>, without it, by name.</summary>
    public IEnumerable<KeyValuePair<string, long>> Group(string prefix) =>
        _counts.Where(p => p.Key.StartsWith(prefix, System.StringComparison.Ordinal))
            .Select(p => new KeyValuePair<string, long>(p.Key.Substring(prefix.Length), p.Value))
            .OrderBy(p => p.Key, System.StringComparer.Ordinal);
}
