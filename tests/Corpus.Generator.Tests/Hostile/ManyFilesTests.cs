using System.Linq;
using Corpus.Generator.Tests.Infrastructure;

namespace Corpus.Generator.Tests.Hostile;

/// <summary>Ten thousand articles in one project: every one generated, the whole compiled, nothing reported.</summary>
public class ManyFilesTests
{
    [Fact]
    public void TenThousandArticlesAreAllGeneratedAndCompile()
    {
        var articles = Enumerable.Range(0, 10_000)
            .Select(i => TestArticle.Corpus($"wire/{i / 1000:D2}/story-{i:D5}.txt", $"Story {i} was filed on time. It holds {i % 7} sentences of note.\n", recursiveDir: $"{i / 1000:D2}/"))
            .ToArray();
        var harness = new GeneratorHarness(articles);
        var result = harness.Run();

        Assert.Empty(result.Diagnostics);
        Assert.Equal(10_001, result.GeneratedSources.Length);
        Assert.Empty(harness.CompilationProblems());

        var index = GeneratorHarness.Source(result, "Wire.g.cs");
        Assert.Contains("10,000 articles", index);
        Assert.Contains("case 39: return Article_At_39(index);", index);
        Assert.Contains("case 9999: return Article09Story09999;", index);
    }
}
