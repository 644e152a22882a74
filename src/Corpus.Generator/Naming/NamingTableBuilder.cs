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
/// <c>_3</c>… Names are compared ignoring case, because hint names are, and two members that differ
/// only by case would be a trap to read.
/// </summary>
internal static class NamingTableBuilder
{
    /// <summary>Names a corpus class already uses for its own members.</summary>
    private static readonly string[] Reserved =
    {
        "All", "Quotes", "People", "Figures", "Find", "Count",
        "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    /// <summary>Names the members of the generated <c>Figures</c> and <c>Quotes</c> classes already use.</summary>
    private static readonly string[] ReservedInLists =
    {
        "GetEnumerator", "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
        "FigureList", "QuoteList", "PersonList", "Count", "Item", "Create",
    };

    public static NamingTable Build(ImmutableArray<ArticleKey> keys)
    {
        var named = new List<NamedArticle>(keys.Length);
        var corpora = new List<CorpusIndex>();

        var byCorpus = keys
            .GroupBy(k => CorpusClassName(k.CorpusName), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);

        foreach (var corpus in byCorpus)
        {
            var taken = new HashSet<string>(Reserved, StringComparer.OrdinalIgnoreCase) { corpus.Key };
            var takenFigures = new HashSet<string>(ReservedInLists, StringComparer.OrdinalIgnoreCase);
            var takenQuotes = new HashSet<string>(ReservedInLists, StringComparer.OrdinalIgnoreCase);
            var ordered = corpus
                .OrderBy(k => k.DisplayPath, StringComparer.Ordinal)
                .ThenBy(k => k.Path, StringComparer.Ordinal)
                .ToList();
            var people = PeopleTable.Build(ordered, ReservedInLists);

            var members = new List<string>();
            foreach (var key in ordered)
            {
                var member = Unique(Identifier.ToPascalCase(key.Id, "Article"), taken);
                var hint = corpus.Key.TrimStart('@') + "." + member.TrimStart('@') + ".g.cs";
                var figures = key.FigureNames.Select(name => Unique(name, takenFigures)).ToEquatableArray();
                var quotes = key.QuoteNames.Select(name => name.Length == 0 ? "" : Unique(name, takenQuotes)).ToEquatableArray();
                var speakers = key.Quotes.Select(quote => people.MemberOf(key.Id, quote.Speaker)).ToEquatableArray();
                named.Add(new NamedArticle(key, new ArticleName(corpus.Key, member, hint, figures, quotes, speakers)));
                members.Add(member);
            }
            corpora.Add(new CorpusIndex(corpus.Key, members.ToEquatableArray(), people.Entries));
        }

        return new NamingTable(named.ToEquatableArray(), corpora.ToEquatableArray());
    }

    public static string CorpusClassName(string requested) => Identifier.ToPascalCase(requested, "Corpus");

    internal static string Unique(string name, HashSet<string> taken)
    {
        var candidate = name;
        for (var n = 2; !taken.Add(candidate.TrimStart('@')); n++)
        {
            candidate = name.TrimStart('@') + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return candidate;
    }
}
