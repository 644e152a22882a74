using System;
using System.Collections.Generic;
using Corpus.Extraction.Model;
using Corpus.Generator.Model;

namespace Corpus.Generator.Naming;

/// <summary>
/// Names the figures (or the quotes) of every corpus: each named item gets a member of the corpus's list
/// class, unique within it, in <c>All</c> order. A name other items of the corpus share names none of
/// them (<see cref="SharedNames"/>), and an item without a base name (not to be named) gets no member.
/// </summary>
internal static class ItemNames
{
    public static ItemNameTable Build(IEnumerable<PlacedNames> articles)
    {
        var entries = new List<ArticleItemNames>();
        var parts = new List<CorpusParts>();
        foreach (var (className, ordered) in CorpusOrder.Of(articles, article => article.Place))
        {
            var members = Members(ordered, out var count);
            for (var a = 0; a < ordered.Count; a++) entries.Add(new ArticleItemNames(ordered[a].Place.Path, members[a]));
            parts.Add(new CorpusParts(className, ListParts.Count(count)));
        }
        return new ItemNameTable(new ArticleEntries<ArticleItemNames>(entries.ToEquatableArray()), parts.ToEquatableArray());
    }

    /// <summary>
    /// Each item's member, article by article: "" for an item not to be named or whose name another item
    /// of the corpus has too (compared as <see cref="Names"/> compares them); otherwise its name, numbered
    /// as <see cref="Names"/> numbers a name already taken. Until a name the lists reserve comes, no name
    /// used once can be taken already, so each name is looked up once (20,000 articles have about 600,000
    /// names); from the first reserved one on, every name goes through <see cref="Names"/>, given the names
    /// taken so far.
    /// </summary>
    private static EquatableArray<string>[] Members(List<PlacedNames> articles, out int count)
    {
        var stems = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var uses = new List<int>();
        var stemOf = new int[articles.Count][];
        for (var a = 0; a < stemOf.Length; a++)
        {
            var names = articles[a].Names;
            var row = stemOf[a] = new int[names.Count];
            for (var i = 0; i < row.Length; i++)
            {
                if (names[i].Length == 0)
                {
                    row[i] = -1;
                    continue;
                }
                var stem = SharedNames.Stem(names[i]);
                if (stems.TryGetValue(stem, out var id))
                {
                    uses[id]++;
                }
                else
                {
                    id = uses.Count;
                    stems.Add(stem, id);
                    uses.Add(1);
                }
                row[i] = id;
            }
        }

        count = 0;
        Names? taken = null;
        var members = new EquatableArray<string>[articles.Count];
        for (var a = 0; a < members.Length; a++)
        {
            var names = articles[a].Names;
            var row = stemOf[a];
            var result = new string[row.Length];
            for (var i = 0; i < result.Length; i++)
            {
                if (row[i] < 0 || uses[row[i]] > 1)
                {
                    result[i] = "";
                    continue;
                }
                count++;
                if (taken is null && !ReservedInLists.Contains(SharedNames.Stem(names[i])))
                {
                    result[i] = names[i];
                    continue;
                }
                taken ??= TakenBefore(articles, stemOf, uses, a, i);
                result[i] = taken.Unique(names[i]);
            }
            members[a] = new EquatableArray<string>(result);
        }
        return members;
    }

    // The reserved names, and the names of the named items before article a's item i, each of which took its own.
    private static Names TakenBefore(List<PlacedNames> articles, int[][] stemOf, List<int> uses, int article, int item)
    {
        var taken = new Names(ReservedNames.InLists);
        for (var a = 0; a <= article; a++)
        {
            var row = stemOf[a];
            for (var i = 0; i < (a == article ? item : row.Length); i++)
            {
                if (row[i] >= 0 && uses[row[i]] == 1) taken.TryTake(articles[a].Names[i]);
            }
        }
        return taken;
    }

    private static readonly ReservedSet ReservedInLists = new(ReservedNames.InLists);
}
