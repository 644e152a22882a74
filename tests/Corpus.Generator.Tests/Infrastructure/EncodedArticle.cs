using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using Corpus.Extraction.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>
/// An article given as the bytes of its file. The generator sees the text <see cref="ArticleDecoder"/> reads
/// from them, tagged with the encoding it used (as the compiler tags the text it decodes), and
/// <see cref="EncodedCorpus"/> embeds the bytes themselves, so the runtime decodes exactly what a build would
/// embed. The compiler's own reading of real files is covered by tests/Corpus.Seeds.Tests/EncodingTests.cs;
/// <see cref="CompilerText"/> is Roslyn's reading of the same bytes, to compare with.
/// </summary>
internal sealed class EncodedArticle : AdditionalText
{
    private readonly SourceText _text;

    /// <param name="metadata">More item metadata (CorpusName, CorpusTitle, …) beside the resource and path every article has.</param>
    public EncodedArticle(string projectPath, byte[] bytes, IReadOnlyDictionary<string, string>? metadata = null)
    {
        ProjectPath = projectPath;
        Path = "/project/" + projectPath;
        Bytes = bytes;
        var decoded = ArticleDecoder.Decode(bytes);
        Text = decoded.Text;
        EncodingName = decoded.Encoding;
        _text = SourceText.From(decoded.Text, EncodingOf(decoded.Encoding));
        var all = new Dictionary<string, string>
        {
            ["CorpusResource"] = Resource,
            ["CorpusPath"] = projectPath,
        };
        foreach (var pair in metadata ?? new Dictionary<string, string>()) all[pair.Key] = pair.Value;
        Metadata = all;
    }

    /// <summary>A file holding <paramref name="text"/> saved as UTF-8 without a byte order mark, as most editors save.</summary>
    public static EncodedArticle Utf8(string projectPath, string text, IReadOnlyDictionary<string, string>? metadata = null) =>
        new(projectPath, new UTF8Encoding(false).GetBytes(text), metadata);

    public override string Path { get; }

    public string ProjectPath { get; }

    public string Resource => "Corpus/" + ProjectPath;

    public byte[] Bytes { get; }

    /// <summary>The text as decoded: what <c>Article.Text</c> must give back.</summary>
    public string Text { get; }

    public string EncodingName { get; }

    public IReadOnlyDictionary<string, string> Metadata { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;

    /// <summary>The same bytes read by Roslyn's <see cref="SourceText.From(Stream, Encoding, SourceHashAlgorithm, bool, bool)"/>.</summary>
    public SourceText CompilerText()
    {
        using var stream = new MemoryStream(Bytes);
        return SourceText.From(stream);
    }

    /// <summary>Adds the article's item metadata to a harness, which only knows <see cref="TestArticle"/>'s by itself.</summary>
    public static void Register(GeneratorHarness harness, IEnumerable<EncodedArticle> articles)
    {
        foreach (var article in articles) harness.Options.Add(article.Path, article.Metadata);
    }

    private static Encoding EncodingOf(string webName) => webName switch
    {
        "utf-16" => Encoding.Unicode,
        "utf-16BE" => Encoding.BigEndianUnicode,
        "utf-32" => Encoding.UTF32,
        _ => new UTF8Encoding(false),
    };
}
