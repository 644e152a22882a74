using System.Linq;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Generator.Tests.Hostile;

/// <summary>Ten thousand articles in one project: every one generated, the whole compiled, nothing reported.</summary>
public class ManyFilesTests
{
    [Fact]
    public void TenThousandArticlesAreAllGeneratedAndCompile()
    {
        // Tiny articles (one sentence, no figure): the test is about the number of files, not their prose.
        var articles = Enumerable.Range(0, 10_000)
            .Select(i => TestArticle.Corpus($"wire/{i / 1000:D2}/story-{i:D5}.txt", "The story was filed on time.\n", recursiveDir: $"{i / 1000:D2}/"))
            .ToArray();
        var harness = new GeneratorHarness(articles);
        // Driven as the compiler drives it, without the harness's step tracking: Roslyn's tracking of
        // 10,000 steps alone takes minutes, and no build has it on.
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new CorpusGenerator().AsSourceGenerator() }, articles, harness.ParseOptions, harness.Options);
        driver = driver.RunGeneratorsAndUpdateCompilation(harness.Compilation, out var output, out var driverDiagnostics);
        var result = driver.GetRunResult().Results.Single();

        Assert.Null(result.Exception);
        Assert.Empty(driverDiagnostics);
        Assert.Empty(result.Diagnostics);
        // 10,000 articles share 512 files (about 20 each) beside the index, and each is in exactly one.
        Assert.Equal(513, result.GeneratedSources.Length);
        Assert.Equal(513, result.GeneratedSources.Select(s => s.HintName.ToUpperInvariant()).Distinct().Count());
        var records = result.GeneratedSources.Where(s => s.HintName != "Wire.g.cs").SelectMany(s => GeneratedData.Articles(s.SourceText.ToString())).ToList();
        Assert.Equal(articles.Select(a => a.Path.Substring("/project/".Length)).OrderBy(p => p, System.StringComparer.Ordinal), records.Select(r => r.Path).OrderBy(p => p, System.StringComparer.Ordinal));
        Assert.Empty(GeneratorHarness.CompilationProblems(output, harness.ParseOptions));

        var index = result.GeneratedSources.Single(s => s.HintName == "Wire.g.cs").SourceText.ToString();
        Assert.Contains("10,000 articles", index);
        Assert.Contains("case 39: return Article_At_39(index);", index);
        Assert.Contains("case 9999: return Article09Story09999;", index);
    }
}
