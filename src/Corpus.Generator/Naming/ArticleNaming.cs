using System.Collections.Generic;
using Corpus.Extraction.Model;
using Corpus.Generator.Model;

namespace Corpus.Generator.Naming;

/// <summary>
/// Gathers what the naming steps decided: each article's names, and each corpus class's index. Each
/// step reads only its part of the articles, so an edit that changes a quote's name re-runs the quotes'
/// step and leaves the articles', the figures' and the people's as they were.
/// </summary>
internal static class ArticleNaming
{
    /// <summary>The article's names, or null for an article the tables do not list.</summary>
    public static ArticleName? NameOf(string path, ArticleTable articles, ItemNameTable figures, ItemNameTable quotes)
    {
        if (articles.Articles.Find(path) is not { } slot) return null;
        return new ArticleName(
            slot.CorpusClass, slot.Member, slot.Bucket, slot.Slot,
            ListParts.ClassFor("FigureList", "Figures", PartsOf(figures.Parts, slot.CorpusClass), slot.Part),
            ListParts.ClassFor("QuoteList", "Quotes", PartsOf(quotes.Parts, slot.CorpusClass), slot.Part),
            figures.Articles.Find(path)?.Members ?? EquatableArray<string>.Empty,
            quotes.Articles.Find(path)?.Members ?? EquatableArray<string>.Empty);
    }

    public static IEnumerable<CorpusIndex> Indexes(
        ArticleTable articles, EquatableArray<CorpusParts> figureParts, EquatableArray<CorpusParts> quoteParts, EquatableArray<CorpusPeople> people)
    {
        foreach (var corpus in articles.Corpora)
        {
            var corpusPeople = PeopleOf(people, corpus.ClassName);
            yield return new CorpusIndex(
                corpus.ClassName, corpus.Members, corpus.ArticlePaths,
                corpusPeople?.Entries ?? EquatableArray<PersonEntry>.Empty,
                PartsOf(figureParts, corpus.ClassName),
                PartsOf(quoteParts, corpus.ClassName),
                corpusPeople?.Parts ?? 1);
        }
    }

    // A project has a corpus class or two: a search is as quick as a map.
    private static int PartsOf(EquatableArray<CorpusParts> parts, string className)
    {
        foreach (var corpus in parts)
        {
            if (corpus.ClassName == className) return corpus.Parts;
        }
        return 1;
    }

    private static CorpusPeople? PeopleOf(EquatableArray<CorpusPeople> people, string className)
    {
        foreach (var corpus in people)
        {
            if (corpus.ClassName == className) return corpus;
        }
        return null;
    }
}
