using System.Linq;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Tests.Text;

/// <summary>Reads an article and returns its parts as strings, so expectations read like the text.</summary>
internal static class Extract
{
    public static ArticleModel Model(string text, ArticleMetadata? metadata = null) =>
        ArticleReader.Read("articles/test.txt", text, metadata ?? ArticleMetadata.None);

    public static string Of(string text, TextRange range) => text.Substring(range.Start, range.Length);

    public static string[] Paragraphs(string text, ArticleModel? model = null) =>
        (model ?? Model(text)).Paragraphs.Select(p => Of(text, p)).ToArray();

    public static string[] Sentences(string text, ArticleModel? model = null) =>
        (model ?? Model(text)).Sentences.Select(s => Of(text, s.Range)).ToArray();
}
