namespace Corpus.Extraction.Model;

/// <summary>
/// Everything the engine learned from one article, as plain values. It holds no copy of the text
/// (only its length and checksum), so comparing two models stays cheap for the incremental pipeline.
/// <see cref="Speakers"/> are the people, organisations and sources its quotes refer to by name; the
/// people linker joins them across articles.
/// </summary>
public sealed record ArticleModel(
    string Path,
    int TextLength,
    uint TextChecksum,
    ArticleHeader Header,
    TextRange Body,
    EquatableArray<TextRange> Paragraphs,
    EquatableArray<SentenceModel> Sentences,
    int WordCount,
    string Lead,
    EquatableArray<QuoteModel> Quotes,
    EquatableArray<SpeakerModel> Speakers,
    EquatableArray<FigureModel> Figures,
    EquatableArray<Finding> Findings);
