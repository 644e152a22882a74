using Corpus.Extraction.Model;

namespace Corpus.Generator.Model;

/// <summary>Everything the emitter needs for one article's source file, and nothing else.</summary>
internal sealed record ArticleEmission(
    ArticleFileInfo Info,
    string Encoding,
    ArticleModel Model,
    EquatableArray<FigureSnippet> Figures,
    EquatableArray<QuoteSnippet> Quotes,
    ArticleName Name,
    CorpusOptions Options);

/// <summary>Everything the emitter needs for one corpus class's index file.</summary>
internal sealed record CorpusIndexEmission(CorpusIndex Corpus, CorpusOptions Options);
