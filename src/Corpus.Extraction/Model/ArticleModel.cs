namespace Corpus.Extraction.Model;

/// <summary>
/// Everything the engine learned from one article, as plain values. It holds no copy of the text
/// (only its length and checksum), so comparing two models stays cheap for the incremental pipeline.
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
    EquatableArray<FigureModel> Figures,
    EquatableArray<Finding> Findings);
