using System.Linq;
using Corpus.Extraction.Model;
using Corpus.Generator.Diagnostics;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator.Tests;

/// <summary>A bad article gets a located warning; every other article is still generated.</summary>
public class DiagnosticTests
{
    [Fact]
    public void UnreadableArticleIsReportedAndTheRestIsGenerated()
    {
        var unreadable = TestArticle.Corpus("seeds/gone.txt", text: null);
        var harness = new GeneratorHarness(new[] { unreadable, TestArticle.Corpus("seeds/fine.txt", "Fine.\n") });
        var result = harness.Run();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("CORPUS001", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("/project/seeds/gone.txt", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("Seeds.Fine.g.cs", result.GeneratedSources.Select(s => s.HintName));
        Assert.DoesNotContain("Seeds.Gone.g.cs", result.GeneratedSources.Select(s => s.HintName));
        Assert.Empty(harness.CompilationProblems());
    }

    [Fact]
    public void AFileThatThrowsWhileBeingReadBecomesCorpus901()
    {
        var throwing = new ThrowingArticle("/project/seeds/locked.txt");
        var harness = new GeneratorHarness(new AdditionalText[] { throwing, TestArticle.Corpus("seeds/fine.txt", "Fine.\n") });
        harness.Options.Add(throwing.Path, new System.Collections.Generic.Dictionary<string, string> { ["CorpusResource"] = "Corpus/seeds/locked.txt", ["CorpusPath"] = "seeds/locked.txt" });
        var result = harness.Run();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("CORPUS901", diagnostic.Id);
        Assert.Contains("System.IO.IOException", diagnostic.GetMessage());
        Assert.Equal("/project/seeds/locked.txt", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("Seeds.Fine.g.cs", result.GeneratedSources.Select(s => s.HintName));
    }

    [Theory]
    [InlineData("", "CORPUS002")]
    [InlineData("   \n\t\n  ", "CORPUS003")]
    public void EmptyAndBlankArticlesAreReportedAtTheirFile(string text, string id)
    {
        var harness = new GeneratorHarness(new[] { TestArticle.Corpus("seeds/blank.txt", text), TestArticle.Corpus("seeds/fine.txt", "Fine.\n") });
        var result = harness.Run();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal("/project/seeds/blank.txt", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("Seeds.Fine.g.cs", result.GeneratedSources.Select(s => s.HintName));
        Assert.Empty(harness.CompilationProblems());
    }

    [Fact]
    public void BinaryContentIsReportedWithItsLineAndColumn()
    {
        var harness = new GeneratorHarness(new[] { TestArticle.Corpus("seeds/bin.txt", "First line.\nSecond\0line.\n") });
        var result = harness.Run();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("CORPUS004", diagnostic.Id);
        var position = diagnostic.Location.GetLineSpan().StartLinePosition;
        Assert.Equal((1, 6), (position.Line, position.Character));
        Assert.Empty(harness.CompilationProblems());
    }

    [Fact]
    public void AnUnclosedQuoteIsReportedAtItsMarkAndTheArticleIsStillGenerated()
    {
        // The next paragraph does not reopen the quote, so this is no multi-paragraph quotation.
        var text = "The minister spoke on Monday.\n\n\u201CWe will not resign, the minister said.\n\nProtesters gathered outside. \u201CNobody asked us,\u201D a protester said.\n";
        var harness = new GeneratorHarness(new[] { TestArticle.Corpus("seeds/open.txt", text) });
        var result = harness.Run();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("CORPUS101", diagnostic.Id);
        var position = diagnostic.Location.GetLineSpan().StartLinePosition;
        Assert.Equal((2, 0), (position.Line, position.Character));
        Assert.Contains("Seeds.Open.g.cs", result.GeneratedSources.Select(s => s.HintName));
        Assert.Contains("a protester", GeneratorHarness.Source(result, "Seeds.g.cs"));
        Assert.Empty(harness.CompilationProblems());
    }

    [Fact]
    public void EveryEngineFindingHasADescriptorWithTheSameNumber()
    {
        foreach (var kind in System.Enum.GetValues(typeof(FindingKind)).Cast<FindingKind>())
        {
            var descriptor = Descriptors.For(FindingIds.Of(kind));
            Assert.Equal(FindingIds.Of(kind), descriptor.Id);
            Assert.NotEqual("Corpus finding", descriptor.Title.ToString());
        }
    }

    [Fact]
    public void EveryDescriptorIsDocumented()
    {
        var documentation = System.IO.File.ReadAllText(System.IO.Path.Combine(Corpus.Testing.RepoPaths.Root, "docs", "diagnostics.md"));
        foreach (var descriptor in Descriptors.All)
        {
            Assert.Contains("## " + descriptor.Id, documentation);
        }
    }
}
