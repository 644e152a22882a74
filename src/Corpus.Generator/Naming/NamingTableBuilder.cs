using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Corpus.Extraction.Model;
using Corpus.Generator.Model;

namespace Corpus.Generator.Naming;

/// <summary>
/// The naming steps of the pipeline run in one go, over the same keys: for tests and tools that want
/// every article's names and every corpus's index without a generator driver.
/// </summary>
internal static class NamingTableBuilder
{
    public static NamingTable Build(ImmutableArray<ArticleKey> keys, bool namedPeople = true)
    {
        var articles = ArticleMembers.Build(keys.Select(k => k.Place));
        var figures = ItemNames.Build(keys.Select(k => new PlacedNames(k.Place, k.FigureNames)));
        var quotes = ItemNames.Build(keys.Select(k => new PlacedNames(k.Place, k.QuoteNames)));
        var people = PeopleTable.Build(keys.Select(k => new PlacedPeople(k.Place, k.People)), namedPeople);
        var byPath = new Dictionary<string, ArticleKey>(StringComparer.Ordinal);
        foreach (var key in keys) byPath[key.Place.Path] = key;
        var named = articles.Articles.Items
            .Select(slot => new NamedArticle(byPath[slot.Path], ArticleNaming.NameOf(slot.Path, articles, figures, quotes)!))
            .ToEquatableArray();
        return new NamingTable(named, ArticleNaming.Indexes(articles, figures.Parts, quotes.Parts, people).ToEquatableArray());
    }
}
