using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Extraction.People;

/// <summary>
/// The distinct given names that go with one surname, each held by the first node that has it (nodes of
/// one given name and surname are one person), grouped by initial: given names of different initials
/// never match, so only names of one initial are compared.
/// </summary>
internal sealed class GivenNames
{
    private readonly Dictionary<char, List<(string Key, int Node)>> _byInitial = new();
    private readonly Dictionary<string, int> _nodes = new(StringComparer.Ordinal);

    // The node of a given name that folds to nothing ("."), which matches any given name.
    private int _blank = -1;

    /// <summary>One node of each given name.</summary>
    public IEnumerable<int> Nodes => _nodes.Values;

    public void Add(string givenKey, int node, DisjointSets sets)
    {
        if (_nodes.TryGetValue(givenKey, out var same))
        {
            sets.Union(node, same);
            return;
        }
        _nodes[givenKey] = node;
        if (givenKey.Length == 0)
        {
            _blank = node;
            return;
        }
        if (!_byInitial.TryGetValue(givenKey[0], out var forms)) _byInitial[givenKey[0]] = forms = new List<(string, int)>();
        forms.Add((givenKey, node));
    }

    /// <summary>
    /// Joins the people of these given names with those of <paramref name="other"/>'s (which may be these)
    /// whose given names are compatible, and returns the number of pairs compared.
    /// </summary>
    public int Link(GivenNames other, DisjointSets sets)
    {
        var comparisons = 0;
        if (_blank >= 0) comparisons += JoinAll(_blank, other, sets);
        if (other._blank >= 0) comparisons += JoinAll(other._blank, this, sets);
        foreach (var pair in _byInitial)
        {
            if (!other._byInitial.TryGetValue(pair.Key, out var others)) continue;
            var forms = pair.Value;
            for (var a = 0; a < forms.Count; a++)
            {
                // Within one surname each pair once; across two surnames every pair.
                for (var b = ReferenceEquals(other, this) ? a + 1 : 0; b < others.Count; b++)
                {
                    comparisons++;
                    if (NameKeys.GivenKeysCompatible(forms[a].Key, others[b].Key)) sets.Union(forms[a].Node, others[b].Node);
                }
            }
        }
        return comparisons;
    }

    private static int JoinAll(int blank, GivenNames names, DisjointSets sets)
    {
        var nodes = names.Nodes.ToList();
        foreach (var node in nodes) sets.Union(blank, node);
        return nodes.Count;
    }
}
