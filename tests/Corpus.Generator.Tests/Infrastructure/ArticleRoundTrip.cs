using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Corpus.Extraction;
using Corpus.Extraction.Model;

namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>
/// Nothing is lost between the engine and the user: the compiled article gives back every value the
/// engine extracted from the same text (title, metadata, counts, every span), so whatever a value held,
/// the literal that carried it held it exactly.
/// </summary>
internal static class ArticleRoundTrip
{
    /// <summary>
    /// The engine's model of an article, read as the generator reads it: the path with '/' for every
    /// separator, item metadata trimmed, blank metadata absent.
    /// </summary>
    public static ArticleModel Model(string path, string text, IReadOnlyDictionary<string, string>? metadata = null)
    {
        path = path.Replace('\\', '/');
        string? Get(string name) => metadata is not null && metadata.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
        return ArticleReader.Read(path, text, new ArticleMetadata(Get("CorpusTitle"), Get("CorpusPublished"), Get("CorpusSource"), Get("CorpusSection"), Get("CorpusUrl")));
    }

    /// <summary>
    /// The model the generator itself read and emitted an article from (the harness tracks its steps):
    /// what the compiled article must carry, without reading a large text a second time.
    /// </summary>
    public static ArticleModel GeneratorModel(Microsoft.CodeAnalysis.GeneratorRunResult result, string path)
    {
        var extracted = result.TrackedSteps[TrackingNames.Extraction]
            .SelectMany(step => step.Outputs)
            .Select(output => output.Value)
            .OfType<Corpus.Generator.Model.ExtractedArticle>()
            .Single(article => article.Info.DisplayPath == path);
        return extracted.Model ?? throw new InvalidOperationException(path + " was not read");
    }

    public static void AssertCarries(ArticleModel model, global::Corpus.Article article)
    {
        Assert.Equal(model.Path, article.Path);
        Assert.Equal(model.TextLength, article.Text.Length);
        Assert.Equal(model.Header.Title, article.Title);
        Assert.Equal(model.Header.Source, article.Source);
        Assert.Equal(model.Header.Section, article.Section);
        Assert.Equal(model.Header.Url, article.Url);
        Assert.Equal(
            model.Header.Published is { } published ? DateTimeOffset.Parse(published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) : null,
            article.Published);
        Assert.Equal(model.WordCount, article.WordCount);
        Assert.Equal(model.Paragraphs.Select(p => (p.Start, p.Length)), article.Paragraphs.Select(p => (p.Span.Start, p.Span.Length)));
        Assert.Equal(model.Sentences.Select(s => (s.Range.Start, s.Range.Length, s.Paragraph)), article.Sentences.Select(s => (s.Span.Start, s.Span.Length, s.Paragraph.Index)));
        Assert.Equal(model.Quotes.Select(q => (q.Kind.ToString(), q.Range.Start, q.Range.Length)), article.Quotes.Select(q => (q.Kind.ToString(), q.Span.Start, q.Span.Length)));
        Assert.Equal(model.Figures.Select(f => (f.Range.Start, f.Range.Length, f.Value, f.Upper, f.Unit, f.Counts)),
            article.Figures.Select(f => (f.Span.Start, f.Span.Length, f.Value, f.Upper, f.Unit, f.Counts)));

        // Every span the user can ask for cuts cleanly out of the text.
        Assert.All(article.Paragraphs, p => Assert.Equal(article.Text.Substring(p.Span.Start, p.Span.Length), p.Text));
        Assert.All(article.Sentences, s => Assert.True(s.Paragraph.Span.Contains(s.Span)));
        Assert.All(article.Quotes, q => Assert.Equal(article.Text.Substring(q.Span.Start, q.Span.Length), q.Text));
        Assert.All(article.Figures, f => Assert.Equal(article.Text.Substring(f.Span.Start, f.Span.Length), f.Text));
    }

    /// <summary>
    /// What a hover shows for a value: one line (every run of white space and line breaks one space), and
    /// every character that would be invisible or invalid in XML shown as U+FFFD.
    /// </summary>
    public static string OneLine(string value)
    {
        var builder = new StringBuilder();
        var space = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space) builder.Append(' ');
            space = false;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) builder.Append(c).Append(value[++i]);
            else if (char.IsControl(c) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format) builder.Append('\uFFFD');
            else builder.Append(c);
        }
        return builder.ToString();
    }
}
