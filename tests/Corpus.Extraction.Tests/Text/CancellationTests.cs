using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Corpus.Extraction.Model;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Tests.Text;

/// <summary>
/// Cancellation without timing: a token cancelled before the call must stop it. The engine checks the
/// token on entry, so to prove that each stage also checks it inside its own loop over the text (which
/// is what stops a 20 MB article partway), the stages are called directly with a cancelled token.
/// </summary>
public class CancellationTests
{
    private static readonly string Large = string.Concat(Enumerable.Repeat("The death toll rose to 63, officials said. “We are ready,” she said.\n\n", 100_000));

    private static CancellationToken Cancelled()
    {
        var source = new CancellationTokenSource();
        source.Cancel();
        return source.Token;
    }

    [Fact]
    public void A_cancelled_token_stops_a_small_article()
    {
        Assert.ThrowsAny<OperationCanceledException>(() => ArticleReader.Read("a.txt", "Short.", ArticleMetadata.None, Cancelled()));
    }

    [Fact]
    public void A_cancelled_token_stops_a_large_article()
    {
        Assert.ThrowsAny<OperationCanceledException>(() => ArticleReader.Read("a.txt", Large, ArticleMetadata.None, Cancelled()));
    }

    public static IEnumerable<object[]> Stages()
    {
        var all = new TextRange(0, Large.Length);
        yield return Stage("content check", t => ContentCheck.Report(Large, new FindingList(), t));
        yield return Stage("front matter", t => FrontMatter.Read("---\n" + Large, new FindingList(), t));
        yield return Stage("furniture", t => PageFurniture.Strip(new string(' ', 100_000) + "x" + new string(' ', 100_000), new TextRange(0, 200_001), t));
        yield return Stage("paragraphs", t => ParagraphSplitter.Split(Large, all, t));
        yield return Stage("sentences", t => SentenceSplitter.Split(Large, all, 0, new List<SentenceModel>(), t));
        yield return Stage("words", t => WordCounter.Count(Large, all, t));
        // Starting past a check, inside one long word: the check at 4,096 falls mid-word.
        yield return Stage("one long word", t => WordCounter.Count(new string('a', 100_000), new TextRange(1, 99_999), t));
        yield return Stage("excerpt", t => Excerpt.Of(new string(' ', 100_000) + "x", new TextRange(0, 100_001), 100, t));
        yield return Stage("line map", t => LineMap.Of(Large, t));
        yield return Stage("findings", t =>
        {
            var findings = new FindingList();
            findings.Add(FindingKind.BinaryContent, "m", new TextRange(0, 1));
            findings.ToArray(Large, t);
        });
    }

    private static object[] Stage(string name, Action<CancellationToken> run) => new object[] { name, run };

    [Theory]
    [MemberData(nameof(Stages))]
    public void Every_stage_checks_the_token_inside_its_loop(string stage, Action<CancellationToken> run)
    {
        run(CancellationToken.None); // the stage itself works
        var error = Record.Exception(() => run(Cancelled()));
        Assert.True(error is OperationCanceledException, $"{stage} ran to the end with a cancelled token");
    }
}
