namespace Corpus.Extraction.Model;

public enum QuoteKind
{
    Direct,
    Partial,
    Indirect,
}

/// <summary>
/// One quotation. <see cref="Range"/> excludes the quotation marks. <see cref="Speaker"/> is the key
/// of the speaker within the article; the corpus linker maps keys to people shared across articles.
/// </summary>
public sealed record QuoteModel(
    QuoteKind Kind,
    TextRange Range,
    TextRange? Cue,
    TextRange? SpeakerMention,
    string? Speaker,
    string? Via,
    int? Continues);
