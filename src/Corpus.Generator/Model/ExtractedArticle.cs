using Corpus.Extraction.Model;

namespace Corpus.Generator.Model;

/// <summary>
/// An article after the engine has read it. <see cref="Model"/> is null when the file could not be read
/// at all. <see cref="Encoding"/> is the web name of the encoding the compiler decoded the file with:
/// the runtime decodes the embedded bytes with the same one. <see cref="Figures"/> and <see cref="Quotes"/>
/// hold, per figure and quote, what the emitter needs of the text, which is not kept in the model.
/// </summary>
internal sealed record ExtractedArticle(
    ArticleFileInfo Info,
    string Encoding,
    ArticleModel? Model,
    EquatableArray<FigureSnippet> Figures,
    EquatableArray<QuoteSnippet> Quotes,
    EquatableArray<DiagnosticInfo> Diagnostics);
