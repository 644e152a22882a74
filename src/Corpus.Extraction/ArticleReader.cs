using System.Collections.Generic;
using System.Threading;
using System.Linq;
using Corpus.Extraction.Figures;
using Corpus.Extraction.Model;
using Corpus.Extraction.Quotes;
using Corpus.Extraction.Text;

namespace Corpus.Extraction;

/// <summary>The engine's one entry point: an article's decoded text in, its model out.</summary>
public static class ArticleReader
{
    public const int MaxTitleLength = 100;
    public const int MaxLeadLength = 300;

    /// <summary>
    /// Reads an article. Never throws for any text: problems become <see cref="ArticleModel.Findings"/>
    /// and the model is still complete (possibly with no paragraphs). Only cancellation throws.
    /// </summary>
    public static ArticleModel Read(string path, string text, ArticleMetadata metadata, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        path ??= "";
        text ??= "";
        metadata ??= ArticleMetadata.None;

        var findings = new FindingList();
        ContentCheck.Report(text, findings, cancellationToken);

        var frontMatter = FrontMatter.Read(text, findings, cancellationToken);
        var (body, furnitureSection) = PageFurniture.Strip(text, TextRange.FromBounds(frontMatter.BodyStart, text.Length), cancellationToken);
        if (body.Length == 0 && (frontMatter.BodyStart > 0 || !Whitespace.IsBlank(text, 0, text.Length, cancellationToken)))
        {
            findings.Add(FindingKind.EmptyArticle,
                "The article has no body text: after its front matter and page furniture nothing is left. Add the article's text.",
                new TextRange(frontMatter.BodyStart, 0));
        }

        var paragraphs = ParagraphSplitter.Split(text, body, cancellationToken);
        var sentences = new List<SentenceModel>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            SentenceSplitter.Split(text, paragraphs[i], i, sentences, cancellationToken);
        }

        var paragraphArray = paragraphs.ToEquatableArray();
        var sentenceArray = sentences.ToEquatableArray();
        var quotes = QuoteReader.Read(text, paragraphArray, sentenceArray, cancellationToken);
        var figures = FigureReader.Read(text, paragraphArray, sentenceArray, quotes.Quotes, cancellationToken);

        var authorTitle = Clean(frontMatter.Title?.Value) ?? Clean(metadata.Title);
        var title = authorTitle ?? TitleFromLead(text, sentences, cancellationToken) ?? FileTitle(path);
        var header = new ArticleHeader(
            title,
            TitleFromLead: authorTitle is null,
            Published(frontMatter, metadata, findings),
            Clean(frontMatter.Source?.Value) ?? Clean(metadata.Source),
            Clean(frontMatter.Section?.Value) ?? Clean(metadata.Section) ?? furnitureSection,
            Clean(frontMatter.Url?.Value) ?? Clean(metadata.Url));

        return new ArticleModel(
            path,
            text.Length,
            Corpus.Shared.ArticleBytes.Checksum(text),
            header,
            body,
            paragraphArray,
            sentenceArray,
            WordCounter.Count(text, paragraphs, cancellationToken),
            paragraphs.Count > 0 ? Excerpt.Of(text, paragraphs[0], MaxLeadLength, cancellationToken) : "",
            quotes.Quotes,
            quotes.Speakers,
            figures,
            Merge(findings.ToArray(text, cancellationToken), quotes.Findings));
    }

    // Front matter is the more specific source; an invalid date there is reported where it is written.
    private static string? Published(FrontMatter frontMatter, ArticleMetadata metadata, FindingList findings)
    {
        if (frontMatter.Published is { } field)
        {
            var date = PublishedDate.Normalize(field.Value);
            if (date is null)
            {
                findings.Add(FindingKind.InvalidPublishedDate,
                    $"The published date '{field.Value}' in the front matter is not an ISO 8601 date such as {PublishedDate.Example}, " +
                    "so the article has no published date. Correct the value.",
                    field.Range);
            }
            return date;
        }

        if (Clean(metadata.Published) is { } given)
        {
            var date = PublishedDate.Normalize(given);
            if (date is null)
            {
                findings.Add(FindingKind.InvalidPublishedDate,
                    $"The published date '{given}' given for the article (item metadata 'Published') is not an ISO 8601 date such as {PublishedDate.Example}, " +
                    "so the article has no published date. Correct the value where the article is added to the corpus.",
                    new TextRange(0, 0));
            }
            return date;
        }

        return null;
    }

    // The first sentence with a word in it: a leading "***" or "—" is a separator, not a title.
    private static string? TitleFromLead(string text, List<SentenceModel> sentences, CancellationToken cancellationToken)
    {
        foreach (var sentence in sentences)
        {
            for (var i = sentence.Range.Start; i < sentence.Range.End; i++)
            {
                cancellationToken.Poll(i);
                if (char.IsLetterOrDigit(text, i)) return Excerpt.Of(text, sentence.Range, MaxTitleLength, cancellationToken);
            }
        }
        return null;
    }

    private static EquatableArray<Finding> Merge(EquatableArray<Finding> text, EquatableArray<Finding> quotes) =>
        quotes.IsEmpty ? text : text.Concat(quotes).OrderBy(f => f.Range.Start).ThenBy(f => (int)f.Kind).ToEquatableArray();

    private static string? Clean(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    // An article with no sentence still needs a title: its file name, without folders or extension.
    private static string FileTitle(string path)
    {
        var start = path.LastIndexOfAny(new[] { '/', '\\' }) + 1;
        var dot = path.LastIndexOf('.');
        var end = dot > start ? dot : path.Length;
        var name = path.Substring(start, end - start).Trim();
        return name.Length > 0 ? name : "Untitled";
    }
}
