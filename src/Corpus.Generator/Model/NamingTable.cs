using System;
using System.Collections.Generic;
using System.Threading;
using Corpus.Extraction.Model;

namespace Corpus.Generator.Model;

/// <summary>
/// The names of every article in every corpus of the project and each corpus's index, as the pipeline's
/// naming steps decide them (<see cref="Naming.NamingTableBuilder"/> runs them in one go, for tests and tools).
/// </summary>
internal sealed class NamingTable
{
    private Dictionary<string, ArticleName>? _byPath;

    public NamingTable(EquatableArray<NamedArticle> articles, EquatableArray<CorpusIndex> corpora)
    {
        Articles = articles;
        Corpora = corpora;
    }

    /// <summary>Every article, ordered by corpus class and then path.</summary>
    public EquatableArray<NamedArticle> Articles { get; }

    public EquatableArray<CorpusIndex> Corpora { get; }

    public ArticleName? Find(string path)
    {
        var byPath = LazyInitializer.EnsureInitialized(ref _byPath, () =>
        {
            var map = new Dictionary<string, ArticleName>(StringComparer.Ordinal);
            foreach (var article in Articles) map[article.Key.Place.Path] = article.Name;
            return map;
        })!;
        return byPath.TryGetValue(path, out var name) ? name : null;
    }
}

internal sealed record NamedArticle(ArticleKey Key, ArticleName Name);

/// <summary>
/// One corpus class: its article members and paths in <c>All</c> order and its people, and into how many classes
/// the named members of its figures, quotes and people are split (1: all on the list class itself).
/// </summary>
internal sealed record CorpusIndex(
    string ClassName,
    EquatableArray<string> Members,
    EquatableArray<string> ArticlePaths,
    EquatableArray<PersonEntry> People,
    int FigureParts,
    int QuoteParts,
    int PeopleParts);
