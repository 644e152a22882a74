using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Corpus.Extraction.Model;
using Corpus.Generator.Emitting;
using Corpus.Generator.Model;
using Corpus.Generator.Naming;
using Corpus.Generator.Parsing;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Generator.Tests.Hostile;

/// <summary>
/// CORPUS902, an internal error while writing one article's code: the corpus index still names the
/// article, so the article must still be a member (else the whole build fails with CS0117). It is
/// generated bare, with its text and without what was extracted, and everything else is untouched.
/// </summary>
public class EmissionFailureTests
{
    private const string Failing =
        "The council met on Monday.\n\n\u201CWe will rebuild the bridge,\u201D Mayor Anna Kowalski said.\n";

    private const string Healthy =
        "Work began on Friday, leaving 40 people without homes.\n\n\u201CThe bridge opens in May,\u201D Mayor Anna Kowalski said.\n";

    [Fact]
    public void AnArticleWhoseCodeFailsIsGeneratedBareAndReported()
    {
        var emission = Emission("news/failing.txt", Failing);
        var calls = 0;

        var outcome = CorpusGenerator.ToPiece(emission, e => ++calls == 1 ? throw new InvalidOperationException("boom") : ArticleEmitter.Emit(e));

        Assert.Equal(2, calls);
        Assert.NotNull(outcome.Piece);
        Assert.Contains($"public static global::Corpus.Article {emission.Name.Member} =>", outcome.Piece!.Member);
        Assert.Empty(outcome.Piece.Lists);
        var failure = outcome.Failure!.ToDiagnostic();
        Assert.Equal("CORPUS902", failure.Id);
        Assert.Equal(
            "Corpus failed while generating code for 'news/failing.txt' (System.InvalidOperationException: boom); " +
            "the article is generated with its text but without its paragraphs, sentences, quotes and figures. Please report this with the article.",
            failure.GetMessage());
    }

    [Fact]
    public void WhenEvenTheBareArticleFailsItIsLeftOutAndTheMessageSaysSo()
    {
        var outcome = CorpusGenerator.ToPiece(Emission("news/failing.txt", Failing), _ => throw new InvalidOperationException("boom"));

        Assert.Null(outcome.Piece);
        Assert.EndsWith("the article was left out, and code that names it does not compile. Please report this with the article.", outcome.Failure!.ToDiagnostic().GetMessage());
    }

    [Fact]
    public void TheProjectStillCompilesAndEveryOtherArticleAndPersonIsWhole()
    {
        var failing = TestArticle.Corpus("news/failing.txt", Failing);
        var healthy = TestArticle.Corpus("news/healthy.txt", Healthy);
        var harness = new GeneratorHarness(new[] { failing, healthy });
        harness.AddCSharp("namespace Consumer { static class Uses { static object[] All => new object[] { News.Failing, News.Healthy, News.People.AnnaKowalski }; } }", "Uses.cs");
        var result = harness.Run();

        // The failing article's file as the generator writes it after a CORPUS902: its piece bare.
        var emission = Emission("news/failing.txt", Failing, failing, healthy);
        var bare = CorpusGenerator.ToPiece(emission, e => e.Model.Quotes.Count > 0 ? throw new InvalidOperationException("boom") : ArticleEmitter.Emit(e)).Piece!;
        var file = BucketEmitter.Emit(new BucketEmission(bare.CorpusClass, bare.Bucket, ImmutableArray.Create(bare).ToEquatableArray(), bare.Options));
        var original = harness.Output.SyntaxTrees.Single(t => t.FilePath.EndsWith(bare.Bucket.HintName, StringComparison.Ordinal));
        harness.ReplaceOutputTree(original, CSharpSyntaxTree.ParseText(file, harness.ParseOptions, original.FilePath));

        Assert.Empty(harness.CompilationProblems());
        var corpus = LoadedCorpus.Type(harness, "Consumer.News");
        var articles = ((System.Collections.Generic.IReadOnlyList<global::Corpus.Article>)corpus.GetProperty("All")!.GetValue(null)!).ToList();
        Assert.Equal(new[] { "news/failing.txt", "news/healthy.txt" }, articles.Select(a => a.Path));
        Assert.Equal(Failing, articles[0].Text);
        Assert.Empty(articles[0].Quotes);
        Assert.Empty(articles[0].Paragraphs);
        Assert.Equal(Healthy, articles[1].Text);
        var quote = Assert.Single(articles[1].Quotes);
        Assert.Equal("Anna Kowalski", quote.Speaker?.Name);
        Assert.Equal(new[] { quote }, quote.Speaker!.Quotes);
        Assert.Equal("40", Assert.Single(articles[1].Figures).Text);
    }

    // The emission the pipeline builds for one article, named among all the given articles.
    private static ArticleEmission Emission(string path, string text, params TestArticle[] corpus)
    {
        var all = corpus.Length > 0 ? corpus : new[] { TestArticle.Corpus(path, text) };
        var options = new TestOptionsProvider(new System.Collections.Generic.Dictionary<string, string> { ["RootNamespace"] = "Consumer" });
        foreach (var file in all) options.Add(file.Path, file.Metadata);
        var extracted = all
            .Select(a => ArticleExtraction.Extract(ArticleFileReader.TryRead(a, options.GetOptions(a))!, CancellationToken.None))
            .ToList();
        var naming = NamingTableBuilder.Build(extracted.Select(e => CorpusGenerator.ToKey(e, NamedMembersOptions.All)).ToImmutableArray());
        var article = extracted.Single(e => e.Info.DisplayPath == path);
        var corpusOptions = new CorpusOptions("Consumer", Nullable: true, NamedMembersOptions.All, EquatableArray<DiagnosticInfo>.Empty);
        return new ArticleEmission(article.Info, article.Encoding, article.Model!, article.Figures, article.Quotes, naming.Find(article.Info.Path)!, corpusOptions);
    }
}
