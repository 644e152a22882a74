using System.Linq;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Generator.Tests;

public class CompilationTests
{
    [Fact]
    public void SeedsCompileWithoutWarnings()
    {
        var harness = new GeneratorHarness(Seeds.Articles());
        harness.Run();

        Assert.Empty(harness.GeneratorDiagnostics);
        Assert.Empty(harness.CompilationProblems());
    }

    [Fact]
    public void GeneratedCodeCompilesForCSharp73Consumers()
    {
        // netstandard2.0 libraries default to C# 7.3: no nullable annotations, no static lambdas.
        var harness = new GeneratorHarness(Seeds.Articles(), languageVersion: LanguageVersion.CSharp7_3);
        var result = harness.Run();

        Assert.DoesNotContain(result.GeneratedSources, s => s.SourceText.ToString().Contains("#nullable"));
        Assert.Empty(harness.CompilationProblems());
    }

    [Fact]
    public void OutputDoesNotDependOnTheOrderOfAdditionalFiles()
    {
        var articles = SyntheticArticles.Many(40).Concat(Seeds.Articles()).ToArray();
        var forward = new GeneratorHarness(articles).Run();
        var backward = new GeneratorHarness(articles.Reverse()).Run();

        Assert.Equal(
            forward.GeneratedSources.Select(s => (s.HintName, Text: s.SourceText.ToString())).OrderBy(s => s.HintName, System.StringComparer.Ordinal),
            backward.GeneratedSources.Select(s => (s.HintName, Text: s.SourceText.ToString())).OrderBy(s => s.HintName, System.StringComparer.Ordinal));
    }

    [Fact]
    public void TwoRunsOfTheSameInputsProduceIdenticalSources()
    {
        var first = new GeneratorHarness(Seeds.Articles()).Run();
        var second = new GeneratorHarness(Seeds.Articles()).Run();

        Assert.Equal(
            first.GeneratedSources.Select(s => s.SourceText.ToString()),
            second.GeneratedSources.Select(s => s.SourceText.ToString()));
    }

    [Fact]
    public void ManyArticlesUseTheBlockedSwitchAndCompile()
    {
        var harness = new GeneratorHarness(SyntheticArticles.Many(600));
        var result = harness.Run();

        var index = GeneratorHarness.Source(result, "News.g.cs");
        Assert.Contains("case 2: return Article_At_2(index);", index);
        Assert.Contains("case 599: return Story0599;", index);
        Assert.Empty(harness.CompilationProblems());
    }
}
