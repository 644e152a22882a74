using System.Threading;
using Corpus.Extraction.Model;

namespace Corpus.Extraction;

/// <summary>The engine's one entry point: an article's decoded text in, its model out.</summary>
public static class ArticleReader
{
    // PLACEHOLDER until the text engine lands (owned by the text-engine work).
    public static ArticleModel Read(string path, string text, ArticleMetadata metadata, CancellationToken cancellationToken = default)
    {
        var all = new TextRange(0, text.Length);
        return new ArticleModel(
            path, text.Length, Corpus.Shared.ArticleBytes.Checksum(text),
            new ArticleHeader(metadata.Title ?? "Untitled", metadata.Title is null, metadata.Published, metadata.Source, metadata.Section, metadata.Url),
            all,
            new EquatableArray<TextRange>(new[] { all }),
            new EquatableArray<SentenceModel>(new[] { new SentenceModel(all, 0) }),
            0, "", EquatableArray<QuoteModel>.Empty, EquatableArray<FigureModel>.Empty, EquatableArray<Finding>.Empty);
    }
}
