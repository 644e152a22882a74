using System;
using System.Linq;
using System.Threading;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Tests.Text;

/// <summary>The polled search finds what a loop over every character finds, and stops when cancelled.</summary>
public sealed class PollingTests
{
    private static readonly char[] Marks = { '.', '!', '?' };

    [Fact]
    public void Finds_the_first_mark_in_the_range_or_the_end()
    {
        var text = new string('a', 10_000) + "!" + new string('b', 5_000) + ".";
        foreach (var (start, end) in new[] { (0, text.Length), (0, 10_000), (10_000, text.Length), (10_001, text.Length), (4095, 4097), (7, 7) })
        {
            var expected = Enumerable.Range(start, end - start).Where(i => Marks.Contains(text[i])).DefaultIfEmpty(end).First();
            Assert.Equal(expected, CancellationToken.None.IndexOfAny(text, Marks, start, end));
        }
    }

    [Fact]
    public void A_cancelled_search_throws()
    {
        var text = new string('a', 20_000);
        Assert.Throws<OperationCanceledException>(() => new CancellationToken(true).IndexOfAny(text, Marks, 1, text.Length));
    }
}
