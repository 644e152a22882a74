using System;
using System.Linq;
using System.Text;
using System.Threading;
using Corpus.Generator.Tests.Infrastructure;

namespace Corpus.Generator.Tests.Hostile;

/// <summary>
/// A cancelled build (the IDE cancels on every keystroke) must stop inside a 20 MB article, must not turn
/// the cancellation into a CORPUS901 "failure", and must leave nothing behind that spoils the next run.
/// </summary>
public class GeneratorCancellationTests
{
    private static readonly Lazy<string> TwentyMegabytes = new(() =>
    {
        var paragraph = "Officials in Osh said on Saturday that more than 60 people had died. \u201CWe are doing what we can,\u201D the mayor said.\n\n";
        var builder = new StringBuilder(20_000_000 + paragraph.Length);
        while (builder.Length < 20_000_000) builder.Append(paragraph);
        return builder.ToString();
    });

    [Fact]
    public void CancellingPartwayStopsTheGeneratorOnATwentyMegabyteArticle()
    {
        // Cancelled the moment the article is read, so the engine has all 20 MB ahead of it and must stop
        // inside them. A timer (30 ms) did not: on a loaded machine its callback came after the whole run.
        using var source = new CancellationTokenSource();
        var big = TestArticle.Corpus("seeds/big.txt", TwentyMegabytes.Value).OnFirstRead(source.Cancel);
        var harness = new GeneratorHarness(new[] { big });

        var error = Record.Exception(() => harness.Driver.RunGeneratorsAndUpdateCompilation(harness.Compilation, out _, out _, source.Token));

        Assert.IsAssignableFrom<OperationCanceledException>(error);
        // Thrown by the engine inside the article, not by the driver once the article's step was done.
        Assert.Contains("Corpus.Extraction.", error!.StackTrace);
    }

    [Fact]
    public void ATokenCancelledBeforeTheRunStopsIt()
    {
        var harness = new GeneratorHarness(new[] { TestArticle.Corpus("seeds/big.txt", TwentyMegabytes.Value) });
        using var source = new CancellationTokenSource();
        source.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => harness.Driver.RunGeneratorsAndUpdateCompilation(harness.Compilation, out _, out _, source.Token));
    }

    [Fact]
    public void TheRunAfterACancelledOneGeneratesEverything()
    {
        // The run is cancelled the moment the big article is read, so it stops partway whatever the
        // machine's speed (a timer of 10 ms stopped cancelling it once the engine got faster).
        using var source = new CancellationTokenSource();
        var big = TestArticle.Corpus("news/big.txt", string.Concat(Enumerable.Repeat("the crowd in the square waited and ", 150_000)))
            .OnFirstRead(source.Cancel);
        var articles = SyntheticArticles.Many(20).Append(big).ToArray();
        var harness = new GeneratorHarness(articles);
        Assert.ThrowsAny<OperationCanceledException>(() => harness.Driver.RunGeneratorsAndUpdateCompilation(harness.Compilation, out _, out _, source.Token));

        var result = harness.Run();

        Assert.Empty(result.Diagnostics);
        // 21 articles, the index and the people's members.
        Assert.Equal(23, result.GeneratedSources.Length);
        Assert.Contains(result.GeneratedSources, s => s.HintName == "News.People.g.cs");
        Assert.Empty(harness.CompilationProblems());
        Assert.Equal(articles.Select(a => a.GetText()!.ToString()).OrderBy(t => t, System.StringComparer.Ordinal), LoadedCorpus.All(harness, "Consumer.News").Select(a => a.Text).OrderBy(t => t, System.StringComparer.Ordinal));
    }
}
