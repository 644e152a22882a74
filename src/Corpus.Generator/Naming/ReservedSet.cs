using System;
using System.Collections.Generic;

namespace Corpus.Generator.Naming;

/// <summary>
/// A few reserved names, asked about hundreds of thousands of times: a name of a length none of them has
/// (most names) is answered without hashing it.
/// </summary>
internal sealed class ReservedSet
{
    private readonly HashSet<string> _names;
    private readonly ulong _lengths;

    public ReservedSet(IEnumerable<string> names)
    {
        _names = new HashSet<string>(names, StringComparer.OrdinalIgnoreCase);
        // Names of 63 characters or more share the last bit, and are looked up.
        foreach (var name in _names) _lengths |= 1UL << Math.Min(name.Length, 63);
    }

    public bool Contains(string name) => (_lengths & (1UL << Math.Min(name.Length, 63))) != 0 && _names.Contains(name);
}
