using System;
using System.ComponentModel;
using System.Globalization;
using System.Reflection;

namespace Corpus.Runtime;

/// <summary>Called by generated code to materialize an article. Not meant to be called by hand.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ArticleFactory
{
    public static Article Create(
        Assembly assembly,
        string corpus,
        string id,
        string path,
        string resource,
        string encoding,
        int textLength,
        uint textChecksum,
        string title,
        string? published,
        string? source,
        string? section,
        string? url,
        int wordCount,
        int[] paragraphs,
        int[] sentences,
        QuoteRow[]? quotes = null,
        FigureRow[]? figures = null)
    {
        var text = new ArticleText(assembly, resource, encoding, path, textLength, textChecksum);
        return new Article(
            corpus, id, path, text, title, ParsePublished(published), source, section, url, wordCount, paragraphs, sentences,
            quotes ?? Array.Empty<QuoteRow>(), figures ?? Array.Empty<FigureRow>());
    }

    // The engine has already checked the date at compile time; what reaches here parses.
    private static DateTimeOffset? ParsePublished(string? published) =>
        published is null
            ? null
            : DateTimeOffset.Parse(published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
