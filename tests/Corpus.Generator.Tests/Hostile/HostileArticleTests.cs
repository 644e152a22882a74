using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Generator.Tests.Hostile;

/// <summary>
/// Text never becomes code. Each hostile article (<see cref="HostileArticles"/>) is saved as a UTF-8 file
/// and compiled alone: the build must have no error or warning and exactly one corpus with one article,
/// the generated code must hold nothing the generator does not write (no extra line, directive, type,
/// member, statement or call), and the compiled article must give back the file's text and every value
/// the engine read from it.
/// </summary>
public class HostileArticleTests
{
    public static IEnumerable<object[]> Cases() => HostileArticles.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public void HostileTextStaysText(string name)
    {
        var hostile = HostileArticles.All[name];
        var file = EncodedArticle.Utf8(hostile.Path, hostile.Text, hostile.Metadata);
        var harness = new GeneratorHarness(new AdditionalText[] { file });
        EncodedArticle.Register(harness, new[] { file });
        var result = harness.Run();

        Assert.Empty(harness.CompilationProblems());
        Assert.DoesNotContain(harness.GeneratorDiagnostics, d => d.Id is "CS8784" or "CS8785" || d.Id.StartsWith("CORPUS9", System.StringComparison.Ordinal));
        Assert.All(result.Diagnostics, d => Assert.Equal(file.Path, d.Location.GetLineSpan().Path));
        GeneratedCode.AssertInert(result, harness.ParseOptions);
        var corpus = GeneratedCode.AssertOnlyCorpus(harness.Output, articles: 1);
        GeneratedCode.AssertArticleFilesOnlyCallTheRuntime(result, harness.Output, corpus);

        var article = Assert.Single(EncodedCorpus.All(harness, corpus.ToDisplayString()));
        Assert.Equal(file.Text, article.Text);
        ArticleRoundTrip.AssertCarries(ArticleRoundTrip.Model(hostile.Path, file.Text, hostile.Metadata), article);

        // The hover shows the title and the path, each on one line, inside the XML elements meant for them.
        var property = corpus.GetMembers().OfType<IPropertySymbol>().Single(p => p.Type.Name == "Article");
        var documentation = XElement.Parse(property.GetDocumentationCommentXml()!);
        Assert.Equal(ArticleRoundTrip.OneLine(article.Title), Assert.Single(documentation.Elements("summary")).Value);
        Assert.Contains(ArticleRoundTrip.OneLine(article.Path), documentation.Descendants("c").Select(c => c.Value));
    }

    [Fact]
    public void EveryPayloadIsTriedInEveryPlace()
    {
        // Guards the table: a payload dropped from a place would silently stop being tested there.
        var places = HostileArticles.All.Keys.Select(k => k.Split('/')[0]).Distinct().ToList();
        Assert.Equal(new[] { "figure", "file", "item", "lead", "metadata", "sentence", "title" }, places.OrderBy(p => p, System.StringComparer.Ordinal));
        var notFileNames = HostileArticles.Payloads.Where(p => !HostileArticles.IsPossibleFileName(p.Value)).Select(p => p.Key);
        Assert.Equal(new[] { "controls", "lone-surrogates", "long" }, notFileNames.OrderBy(n => n, System.StringComparer.Ordinal));
        Assert.Equal(HostileArticles.Payloads.Count * places.Count - 3, HostileArticles.All.Count);
    }

    [Fact]
    public void AnEditorBufferWithLoneSurrogatesCompilesInert()
    {
        // A file on disk cannot hold a lone surrogate (UTF-8 has no encoding for one), but the text an
        // IDE hands the generator from an open buffer can: the data must keep them, the docs replace them.
        var path = "seeds/buffer\uD800.txt";
        var text = "---\ntitle: Lone \uD800 high and \uDC00 low\nsource: \uDFFF\n---\n\uDBFF opens the lead.\u2028\uDC00\n";
        var harness = new GeneratorHarness(new[] { TestArticle.Corpus(path, text) });
        var result = harness.Run();

        Assert.Empty(harness.CompilationProblems());
        GeneratedCode.AssertInert(result, harness.ParseOptions);
        var corpus = GeneratedCode.AssertOnlyCorpus(harness.Output, articles: 1);
        var source = result.GeneratedSources.Single(s => s.HintName != corpus.Name + ".g.cs").SourceText.ToString();
        var header = Assert.Single(GeneratedData.Headers(source));
        Assert.Equal("Lone \uD800 high and \uDC00 low", header.Title);
        Assert.Equal("seeds/buffer\uD800.txt", header.Path);
        Assert.Equal("\uDFFF", header.Source);
    }

    [Theory]
    [InlineData("Consumer")]
    [InlineData("class")]
    [InlineData("Corpus")]
    [InlineData("System")]
    [InlineData("global")]
    [InlineData("My Company.News-Desk.2010")]
    [InlineData("Evil { class X { } } namespace Y")]
    [InlineData("A..B. .C")]
    [InlineData("Ош.Новости")]
    [InlineData("\u202Eevil\u200B.x")]
    public void HostileNamespacesAndCorpusNamesCompileToOneCorpus(string name)
    {
        var article = TestArticle.Corpus("news/a.txt", "Officials said 60 people were killed.\n", corpusName: name);
        var harness = new GeneratorHarness(new[] { article }, new Dictionary<string, string> { ["RootNamespace"] = name });
        var result = harness.Run();

        Assert.Empty(harness.CompilationProblems());
        Assert.Empty(result.Diagnostics);
        GeneratedCode.AssertInert(result, harness.ParseOptions);
        var corpus = GeneratedCode.AssertOnlyCorpus(harness.Output, articles: 1);
        GeneratedCode.AssertArticleFilesOnlyCallTheRuntime(result, harness.Output, corpus);
        Assert.Equal("Officials said 60 people were killed.\n", Assert.Single(LoadedCorpus.All(harness, corpus.ToDisplayString())).Text);
    }
}
