using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Tests.Infrastructure;

namespace Corpus.Generator.Tests;

/// <summary>Which files become articles, and which corpus class and namespace they land in.</summary>
public class SelectionTests
{
    [Fact]
    public void OtherAdditionalFilesAreLeftAlone()
    {
        var harness = new GeneratorHarness(new[]
        {
            new TestArticle("/project/PublicAPI.Shipped.txt", "#nullable enable\nConsumer.Program\n"),
            new TestArticle("/project/stylecop.json", "{ \"settings\": {} }"),
            new TestArticle("/project/notes/readme.txt", "Said the source: \"this is not an article\"."),
        });
        var result = harness.Run();

        Assert.Empty(result.GeneratedSources);
        Assert.Empty(result.Diagnostics);
        Assert.Empty(Reasons(result));
    }

    [Fact]
    public void ArticlesBesideOtherFilesAreTheOnlyOnesRead()
    {
        var harness = new GeneratorHarness(new[]
        {
            new TestArticle("/project/PublicAPI.Shipped.txt", "Consumer.Program"),
            TestArticle.Corpus("seeds/one.txt", "One article.\n"),
        });
        var result = harness.Run();

        Assert.Equal(new[] { "Seeds.One.g.cs", "Seeds.g.cs" }, result.GeneratedSources.Select(s => s.HintName).OrderBy(h => h, System.StringComparer.Ordinal));
        Assert.Single(Reasons(result));
    }

    [Fact]
    public void CorpusClassComesFromTheFolderOrTheCorpusNameMetadata()
    {
        var harness = new GeneratorHarness(new[]
        {
            TestArticle.Corpus("seeds/a.txt", "A.\n"),
            TestArticle.Corpus("seeds/2010/june/b.txt", "B.\n", recursiveDir: "2010/june/"),
            TestArticle.Corpus("wire/c.txt", "C.\n", corpusName: "Reuters Wire"),
            TestArticle.Corpus("d.txt", "D.\n"),
        });
        var result = harness.Run();

        var hints = result.GeneratedSources.Select(s => s.HintName).OrderBy(h => h, System.StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "Articles.D.g.cs", "Articles.g.cs", "ReutersWire.C.g.cs", "ReutersWire.g.cs", "Seeds.Article2010JuneB.g.cs", "Seeds.A.g.cs", "Seeds.g.cs" }.OrderBy(h => h, System.StringComparer.Ordinal), hints);
        Assert.Equal(("2010/june/b", "seeds/2010/june/b.txt"), GeneratedData.Articles(GeneratorHarness.Source(result, "Seeds.Article2010JuneB.g.cs")).Single());
        Assert.Empty(harness.CompilationProblems());
    }

    [Theory]
    [InlineData("CorpusNamespace", "Newsroom.Data", "namespace Newsroom.Data")]
    [InlineData("RootNamespace", "My.App", "namespace My.App")]
    [InlineData("RootNamespace", "my-app.2nd", "namespace MyApp._2nd")]
    public void NamespaceComesFromCorpusNamespaceThenRootNamespace(string property, string value, string expected)
    {
        var harness = new GeneratorHarness(new[] { TestArticle.Corpus("seeds/a.txt", "A.\n") }, new Dictionary<string, string> { [property] = value });
        var result = harness.Run();

        Assert.Contains(expected + "\n", GeneratorHarness.Source(result, "Seeds.g.cs"));
        Assert.Empty(harness.CompilationProblems());
    }

    [Fact]
    public void CorpusNamespaceWinsOverRootNamespace()
    {
        var harness = new GeneratorHarness(
            new[] { TestArticle.Corpus("seeds/a.txt", "A.\n") },
            new Dictionary<string, string> { ["RootNamespace"] = "Root", ["CorpusNamespace"] = "Chosen" });
        var result = harness.Run();

        Assert.Contains("namespace Chosen\n", GeneratorHarness.Source(result, "Seeds.g.cs"));
    }

    [Fact]
    public void WithoutAnyNamespaceTheGlobalNamespaceIsUsed()
    {
        var harness = new GeneratorHarness(new[] { TestArticle.Corpus("seeds/a.txt", "A.\n") }, new Dictionary<string, string>());
        var result = harness.Run();

        Assert.DoesNotContain("namespace", GeneratorHarness.Source(result, "Seeds.g.cs"));
        Assert.Empty(harness.CompilationProblems());
    }

    private static List<Microsoft.CodeAnalysis.IncrementalStepRunReason> Reasons(Microsoft.CodeAnalysis.GeneratorRunResult result) =>
        result.TrackedSteps.TryGetValue(TrackingNames.Extraction, out var steps)
            ? steps.SelectMany(s => s.Outputs).Select(o => o.Reason).ToList()
            : new List<Microsoft.CodeAnalysis.IncrementalStepRunReason>();
}
