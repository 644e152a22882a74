namespace Corpus.Extraction.Model;

/// <summary>
/// The quotes of one article, the speakers and media they refer to (by index), and what went wrong
/// reading them (unclosed quotation marks).
/// </summary>
public sealed record ArticleQuotes(
    EquatableArray<QuoteModel> Quotes,
    EquatableArray<SpeakerModel> Speakers,
    EquatableArray<Finding> Findings)
{
    public static readonly ArticleQuotes Empty = new(
        EquatableArray<QuoteModel>.Empty, EquatableArray<SpeakerModel>.Empty, EquatableArray<Finding>.Empty);
}
