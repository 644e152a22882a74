namespace Corpus.Extraction.Model;

/// <summary>
/// An article's speakers as the people linker reads them, nothing of where they are in the text: what
/// an article gives the linker, made once when the article is read.
/// </summary>
public sealed record LinkableArticle
{
    internal LinkableArticle(string articleId, int quoteCount, EquatableArray<LinkableSpeaker> speakers, EquatableArray<string> listedNames)
    {
        ArticleId = articleId;
        QuoteCount = quoteCount;
        Speakers = speakers;
        ListedNames = listedNames;
    }

    public string ArticleId { get; }

    /// <summary>How many quotes the article has, spoken or not.</summary>
    public int QuoteCount { get; }

    /// <summary>Each speaker once, in the article's order.</summary>
    public EquatableArray<LinkableSpeaker> Speakers { get; }

    // Every speaker's name as the article listed them, a name given twice included: articles that share an
    // id are ordered by these.
    internal EquatableArray<string> ListedNames { get; }
}
