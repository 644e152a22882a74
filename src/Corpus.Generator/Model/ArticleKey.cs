using Corpus.Extraction.Model;

namespace Corpus.Generator.Model;

/// <summary>
/// The part of an article that decides names and people: where it is, the base names of what it holds
/// and who its quotes are by. An edit that changes none of them (most edits) leaves every name, and so
/// every other article's source, as it was. Each naming step reads only its own part, so an edit that
/// changes one (a quote's first words) leaves the others' steps alone.
/// </summary>
internal sealed record ArticleKey(
    ArticlePlace Place,
    EquatableArray<string> FigureNames,
    EquatableArray<string> QuoteNames,
    ArticlePeople People);

/// <summary>An article's place, with the base names of its figures or of its quotes.</summary>
internal sealed record PlacedNames(ArticlePlace Place, EquatableArray<string> Names);

/// <summary>An article's place, with its speakers as the people linker and naming read them.</summary>
internal sealed record PlacedPeople(ArticlePlace Place, ArticlePeople People);
