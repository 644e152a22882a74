namespace Corpus.Extraction.Model;

public enum QuoteKind
{
    /// <summary>Whole sentences in quotation marks.</summary>
    Direct,

    /// <summary>A quoted fragment inside the reporter's own sentence: saying "they have other duties to perform".</summary>
    Partial,

    /// <summary>Reported speech without quotation marks: X said (that) …, …, X said; according to X, …</summary>
    Indirect,
}

/// <summary>
/// One quotation.
/// <para><see cref="Range"/> excludes the quotation marks, and the comma a writer puts before the closing
/// mark ahead of the attribution. A quote that runs over several paragraphs is one quote: its range runs
/// from its first word to its last, and <see cref="Parts"/> holds the exact piece inside the marks in each
/// paragraph; every other quote has one part, equal to its range. For an indirect quote the range is the
/// reported clause.</para>
/// <para><see cref="Speaker"/> and <see cref="Via"/> (the medium it was relayed through) are the
/// <see cref="SpeakerModel.Name"/> of one of the article's <see cref="ArticleQuotes.Speakers"/>: names are
/// unique within an article, so they are both readable and keys. The people linker maps them to people
/// shared across the corpus. <see cref="Continues"/> is the index of the quote this one continues when the
/// writer split it with its attribution ("A," he said, "B.").</para>
/// </summary>
public sealed record QuoteModel(
    QuoteKind Kind,
    TextRange Range,
    TextRange? Cue,
    TextRange? SpeakerMention,
    string? Speaker,
    string? Via,
    int? Continues,
    TextRange? ViaMention = null,
    EquatableArray<TextRange> Parts = default);
