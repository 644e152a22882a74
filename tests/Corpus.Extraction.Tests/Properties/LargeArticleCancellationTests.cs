using System;
using System.Linq;
using System.Text;
using System.Threading;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Tests.Properties;

/// <summary>
/// A build that is cancelled (a keystroke in the IDE) must not wait for a 20 MB article to be read to
/// the end. The article below takes seconds to read; the token is cancelled after a few milliseconds, so
/// the only way the call can end in time for the assertion to hold is by observing the token partway.
/// Text/CancellationTests proves each stage checks the token in its loop; this proves it end to end.
/// </summary>
public class LargeArticleCancellationTests
{
    private static readonly Lazy<string> TwentyMegabytes = new(() =>
    {
        // Real prose with every structure the engine reads (paragraphs, sentences, quotes, figures), repeated.
        var seeds = string.Join("\n\n", ArticleArbitraries.SeedTexts) + "\n\n";
        var builder = new StringBuilder(20_000_000 + seeds.Length);
        while (builder.Length < 20_000_000) builder.Append(seeds);
        return builder.ToString(0, 20_000_000);
    });

    [Fact]
    public void Cancelling_partway_stops_a_twenty_megabyte_article()
    {
        using var source = new CancellationTokenSource();
        // A thread of its own, not CancelAfter's timer: a timer waits for a thread-pool thread, which other
        // tests running beside this one can keep busy until the read has finished (seen in CI).
        var canceller = new Thread(() =>
        {
            Thread.Sleep(30);
            source.Cancel();
        }) { IsBackground = true };
        canceller.Start();

        var error = Record.Exception(() => ArticleReader.Read("big.txt", TwentyMegabytes.Value, ArticleMetadata.None, source.Token));
        canceller.Join();

        var cancelled = Assert.IsAssignableFrom<OperationCanceledException>(error);
        Assert.Equal(source.Token, cancelled.CancellationToken);
    }

    [Fact]
    public void A_token_cancelled_before_the_call_stops_a_twenty_megabyte_article()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => ArticleReader.Read("big.txt", TwentyMegabytes.Value, ArticleMetadata.None, source.Token));
    }
}
