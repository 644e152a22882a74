using Corpus.Extraction.Model;

namespace Corpus.Generator.Model;

/// <summary>
/// Where an article lands in generated code: its corpus class, member and hint name. Its position in
/// <c>All</c> is left to the index, so adding an article does not touch its neighbours' sources.
/// <see cref="FigureMembers"/> names each figure in the corpus's <c>Figures</c> class, in figure order;
/// <see cref="QuoteMembers"/> each quote in its <c>Quotes</c> class ("" for a quote without a member);
/// <see cref="QuoteSpeakers"/> the <c>People</c> member of each quote's speaker ("" when unknown).
/// </summary>
internal sealed record ArticleName(
    string CorpusClass,
    string Member,
    string HintName,
    EquatableArray<string> FigureMembers,
    EquatableArray<string> QuoteMembers,
    EquatableArray<string> QuoteSpeakers);

/// <summary>
/// The part of an article that decides names and people: its path, the base names of what it holds
/// and who its quotes are by. An edit that changes none of them (most edits) leaves every name, and so
/// every other article's source, as it was.
/// </summary>
internal sealed record ArticleKey(
    string Path,
    string DisplayPath,
    string CorpusName,
    string Id,
    EquatableArray<string> FigureNames,
    EquatableArray<string> QuoteNames,
    EquatableArray<QuoteLink> Quotes,
    EquatableArray<SpeakerModel> Speakers);

/// <summary>What the people linker needs of a quote: who said it and through whom, not where it is.</summary>
internal sealed record QuoteLink(QuoteKind Kind, string? Speaker, string? Via);
