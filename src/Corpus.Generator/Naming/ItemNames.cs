using System.Collections.Generic;
using System.Linq;
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
            var named = NamedIn(ordered, out var count);
            var taken = new Names(ReservedNames.InLists);
            for (var a = 0; a < ordered.Count; a++)
            {
                entries.Add(new ArticleItemNames(ordered[a].Place.Path, Members(ordered[a].Names, named[a], taken)));
            }
            parts.Add(new CorpusParts(className, ListParts.Count(count)));
        }
        return new ItemNameTable(new ArticleEntries<ArticleItemNames>(entries.ToEquatableArray()), parts.ToEquatableArray());
    }

    /// <summary>
    /// For each article, whether each of its names becomes a member: not empty, and no other item has it.
    /// Worked out once per name, as 20,000 articles have about 600,000.
    /// </summary>
    private static bool[][] NamedIn(List<PlacedNames> articles, out int count)
    {
        var shared = SharedNames.Of(articles.SelectMany(article => (IEnumerable<string>)article.Names));
        var named = new bool[articles.Count][];
        count = 0;
        for (var a = 0; a < named.Length; a++)
        {
            var names = articles[a].Names;
            var flags = new bool[names.Count];
            for (var i = 0; i < flags.Length; i++)
            {
                flags[i] = names[i].Length > 0 && !shared.Contains(SharedNames.Stem(names[i]));
                if (flags[i]) count++;
            }
            named[a] = flags;
        }
        return named;
    }

    // "" for no member: an item not to be named, or one whose name others share.
    private static EquatableArray<string> Members(EquatableArray<string> names, bool[] named, Names taken)
    {
        var members = new string[names.Count];
        for (var i = 0; i < members.Length; i++) members[i] = named[i] ? taken.Unique(names[i]) : "";
        return new EquatableArray<string>(members);
    }
}
