using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Corpus.Extraction.Model;
using Corpus.Generator.Model;

namespace Corpus.Generator.Naming;

/// <summary>
/// Gives every article a member name unique within its corpus class, deterministically: articles are
/// taken in ordinal path order, the first keeps the plain name and the next ones get <c>_2</c>,
/// <c>_3</c>… (a file name is the user's to change). Figures, quotes and people whose names others in
/// the corpus share get no member (<see cref="SharedNames"/>). Names are compared ignoring case,
/// because hint names are, and two members that differ only by case would be a trap to read.
/// </summary>
internal static class NamingTableBuilder
{
    /// <summary>
    /// Names a corpus class already uses for its own members, and those of a small corpus's data classes,
    /// each named after its article's member (a class may not have a member of its own name).
    /// </summary>
    private static readonly string[] Reserved =
    {
        "All", "Quotes", "People", "Figures", "Find", "Count", "FigureList", "QuoteList", "PersonList", "ArticleData", "ListParts",
        "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
        "Get", "Create", "Speakers", "Data", Emitting.DataConstant.Name,
    };

    /// <summary>Names the members of the generated <c>Figures</c> and <c>Quotes</c> classes already use.</summary>
    private static readonly string[] ReservedInLists =
    {
        "GetEnumerator", "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
        "FigureList", "QuoteList", "PersonList", "Count", "Item", "Create", "Data", "ListParts", Emitting.DataConstant.Name,
        "ReadConstant",
    };

    public static NamingTable Build(ImmutableArray<ArticleKey> keys, bool namedPeople = true)
    {
        var named = new List<NamedArticle>(keys.Length);
        var corpora = new List<CorpusIndex>();

        // Names that differ only by case are one corpus: hint names are compared ignoring case, and
        // News/ and NEWS/ are one folder on half the file systems. The ordinally first spelling names it.
        var byCorpus = keys
            .GroupBy(k => CorpusClassName(k.CorpusName), StringComparer.OrdinalIgnoreCase)
            .Select(g => (ClassName: g.Select(k => CorpusClassName(k.CorpusName)).OrderBy(n => n, StringComparer.Ordinal).First(), Articles: g.ToList()))
            .OrderBy(g => g.ClassName, StringComparer.Ordinal);

        foreach (var (className, articles) in byCorpus)
        {
            var taken = new Names(Reserved.Append(className));
            var takenFigures = new Names(ReservedInLists);
            var takenQuotes = new Names(ReservedInLists);
            var ordered = articles
                .OrderBy(k => k.DisplayPath, StringComparer.Ordinal)
                .ThenBy(k => k.Path, StringComparer.Ordinal)
                .ToList();
            var people = PeopleTable.Build(ordered, ReservedInLists, namedPeople);
            var namedFigures = NamedIn(ordered, k => k.FigureNames, out var figureCount);
            var namedQuotes = NamedIn(ordered, k => k.QuoteNames, out var quoteCount);

            var buckets = Buckets.Count(ordered.Count);
            var figureParts = ListParts.Count(figureCount);
            var quoteParts = ListParts.Count(quoteCount);
            var slots = new Dictionary<string, int>(StringComparer.Ordinal);

            var members = new List<string>();
            for (var position = 0; position < ordered.Count; position++)
            {
                var key = ordered[position];
                var member = taken.Unique(Identifier.ToPascalCase(key.Id, "Article"));
                var part = buckets == 0 ? position : Buckets.IndexOf(key.DisplayPath, buckets);
                var bucket = buckets == 0 ? Buckets.OwnFile(className, member) : Buckets.Shared(className, part, buckets);
                slots.TryGetValue(bucket.ClassName, out var slot);
                slots[bucket.ClassName] = slot + 1;
                var figures = Members(key.FigureNames, namedFigures[position], takenFigures);
                var quotes = Members(key.QuoteNames, namedQuotes[position], takenQuotes);
                named.Add(new NamedArticle(key, new ArticleName(
                    className, member, bucket, slot,
                    ListParts.ClassFor("FigureList", "Figures", figureParts, part),
                    ListParts.ClassFor("QuoteList", "Quotes", quoteParts, part),
                    figures, quotes)));
                members.Add(member);
            }
            corpora.Add(new CorpusIndex(className, members.ToEquatableArray(), ordered.Select(k => k.DisplayPath).ToEquatableArray(), people.Entries, figureParts, quoteParts, people.Parts));
        }

        return new NamingTable(named.ToEquatableArray(), corpora.ToEquatableArray());
    }

    /// <summary>
    /// For each article, whether each of its names (figures' or quotes') becomes a member: not empty, and
    /// no other figure or quote has it. Worked out once per name, as 20,000 articles have about 600,000.
    /// </summary>
    private static bool[][] NamedIn(List<ArticleKey> articles, Func<ArticleKey, EquatableArray<string>> namesOf, out int count)
    {
        var shared = SharedNames.Of(articles.SelectMany(article => (IEnumerable<string>)namesOf(article)));
        var named = new bool[articles.Count][];
        count = 0;
        for (var a = 0; a < named.Length; a++)
        {
            var names = namesOf(articles[a]);
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

    // "" for no member: a figure or quote not to be named, or one whose name others share.
    private static EquatableArray<string> Members(EquatableArray<string> names, bool[] named, Names taken)
    {
        var members = new string[names.Count];
        for (var i = 0; i < members.Length; i++) members[i] = named[i] ? taken.Unique(names[i]) : "";
        return new EquatableArray<string>(members);
    }

    /// <summary>A corpus class may not share its name with the classes nested in it.</summary>
    public static string CorpusClassName(string requested)
    {
        var name = Identifier.ToPascalCase(requested, "Corpus");
        return NestedClasses.Contains(name, StringComparer.OrdinalIgnoreCase) ? name + "Corpus" : name;
    }

    private static readonly string[] NestedClasses = { "FigureList", "QuoteList", "PersonList", "ArticleData", "ListParts" };
}
