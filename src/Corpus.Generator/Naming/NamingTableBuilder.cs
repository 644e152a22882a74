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
        "All", "Quotes", "People", "Figures", "Find", "Count", "FigureList", "QuoteList", "PersonList",
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

        // Names that differ only by case are one corpus: hint names are compared ignoring case, and
        // News/ and NEWS/ are one folder on half the file systems. The ordinally first spelling names it.
        var byCorpus = keys
            .GroupBy(k => CorpusClassName(k.CorpusName), StringComparer.OrdinalIgnoreCase)
            .Select(g => (ClassName: g.Select(k => CorpusClassName(k.CorpusName)).OrderBy(n => n, StringComparer.Ordinal).First(), Articles: g.ToList()))
            .OrderBy(g => g.ClassName, StringComparer.Ordinal);

        foreach (var (className, articles) in byCorpus)
        {
            var taken = new HashSet<string>(Reserved, StringComparer.OrdinalIgnoreCase) { className };
            var takenFigures = new HashSet<string>(ReservedInLists, StringComparer.OrdinalIgnoreCase);
            var takenQuotes = new HashSet<string>(ReservedInLists, StringComparer.OrdinalIgnoreCase);
            var ordered = articles
                .OrderBy(k => k.DisplayPath, StringComparer.Ordinal)
                .ThenBy(k => k.Path, StringComparer.Ordinal)
                .ToList();
            var people = PeopleTable.Build(ordered, ReservedInLists);

            var members = new List<string>();
            foreach (var key in ordered)
            {
                var member = Unique(Identifier.ToPascalCase(key.Id, "Article"), taken);
                var hint = className.TrimStart('@') + "." + member.TrimStart('@') + ".g.cs";
                var figures = key.FigureNames.Select(name => Unique(name, takenFigures)).ToEquatableArray();
                var quotes = key.QuoteNames.Select(name => name.Length == 0 ? "" : Unique(name, takenQuotes)).ToEquatableArray();
                var speakers = key.Quotes.Select(quote => people.MemberOf(key.Id, quote.Speaker)).ToEquatableArray();
                named.Add(new NamedArticle(key, new ArticleName(className, member, hint, figures, quotes, speakers)));
                members.Add(member);
            }
            corpora.Add(new CorpusIndex(className, members.ToEquatableArray(), people.Entries));
        }

        return new NamingTable(named.ToEquatableArray(), corpora.ToEquatableArray());
    }

    /// <summary>A corpus class may not share its name with the classes nested in it.</summary>
    public static string CorpusClassName(string requested)
    {
        var name = Identifier.ToPascalCase(requested, "Corpus");
        return NestedClasses.Contains(name, StringComparer.OrdinalIgnoreCase) ? name + "Corpus" : name;
    }

    private static readonly string[] NestedClasses = { "FigureList", "QuoteList", "PersonList" };

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
