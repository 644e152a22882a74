namespace Corpus.Extraction.Model;

public enum ReferenceRole
{
    /// <summary>The person said the quote.</summary>
    Speaker,

    /// <summary>The quote was relayed through them (a news agency, a newspaper, a platform).</summary>
    Via,
}

/// <summary>A quote of one article that a person said or relayed.</summary>
public readonly record struct PersonReference(string ArticleId, int Quote, ReferenceRole Role);

/// <summary>One article's speaker, by its name (unique within the article, as <see cref="QuoteModel.Speaker"/> holds it).</summary>
public readonly record struct SpeakerReference(string ArticleId, string Speaker);
