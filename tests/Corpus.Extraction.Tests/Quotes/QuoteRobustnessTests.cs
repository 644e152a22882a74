using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using Corpus.Extraction;
using Corpus.Extraction.Model;
using Corpus.Extraction.Quotes;
using Xunit.Abstractions;

namespace Corpus.Extraction.Tests.Quotes;

/// <summary>The quote reader never throws, keeps its model consistent, stays linear and stops when cancelled.</summary>
public sealed class QuoteRobustnessTests
{
    private readonly ITestOutputHelper _output;

    public QuoteRobustnessTests(ITestOutputHelper output) => _output = output;

    private static readonly string[] Pieces =
    {
        "\"", "“", "”", "„", "«", "»", "'", "‘", "’", "‚", "‹", "›", " ", " ", " ", "\n", "\n\n", "\r\n", ",", ".", ":",
        "?", "—", "(", ")", "he", "she", "they", "said", "told", "according", "to", "quoted", "as", "saying", "by",
        "Mr.", "Ms", "Smith", "John", "the", "a", "minister", "Kremlin", "of", "that", "was", "it", "'s", "s'", "5",
        "Reuters", "official", "source", "interim", "President", "\u2028", "\t", "é", "😀",
    };

    [Fact]
    public void Random_text_never_throws_and_the_model_holds_together()
    {
        var random = new Random(20240611);
        for (var round = 0; round < 3000; round++)
        {
            var builder = new StringBuilder();
            var count = random.Next(0, 80);
            for (var i = 0; i < count; i++) builder.Append(Pieces[random.Next(Pieces.Length)]);
            var text = builder.ToString();
            var paragraphs = random.Next(4) == 0 ? RandomRanges(random, text.Length) : QuoteTesting.Paragraphs(text);
            var result = QuoteReader.Read(text, paragraphs, EquatableArray<SentenceModel>.Empty, default);
            AssertConsistent(text, result);
        }
    }

    private static EquatableArray<TextRange> RandomRanges(Random random, int length)
    {
        var ranges = new TextRange[random.Next(0, 5)];
        for (var i = 0; i < ranges.Length; i++) ranges[i] = new TextRange(random.Next(-5, length + 5), random.Next(-5, length + 5));
        return new EquatableArray<TextRange>(ranges);
    }

    private static void AssertConsistent(string text, ArticleQuotes result)
    {
        var names = result.Speakers.Select(s => s.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        for (var i = 0; i < result.Quotes.Count; i++)
        {
            var quote = result.Quotes[i];
            Assert.InRange(quote.Range.Start, 0, text.Length);
            Assert.InRange(quote.Range.End, quote.Range.Start, text.Length);
            Assert.NotEmpty(quote.Parts);
            Assert.All(quote.Parts, part => Assert.True(quote.Range.Contains(part)));
            if (quote.Speaker is not null) Assert.Contains(quote.Speaker, names);
            if (quote.Via is not null) Assert.Contains(quote.Via, names);
            if (quote.Continues is { } previous) Assert.InRange(previous, 0, i - 1);
        }
        Assert.All(result.Findings, finding => Assert.InRange(finding.Range.End, 0, text.Length));
    }

    [Fact]
    public void Odd_input_gives_empty_results()
    {
        Assert.Empty(QuoteReader.Read(null!, default, default, default).Quotes);
        Assert.Empty(QuoteReader.Read("", EquatableArray<TextRange>.Empty, EquatableArray<SentenceModel>.Empty, default).Quotes);
        Assert.Empty(QuoteReader.Read("“", default, default, default).Quotes);
        var onlySentences = QuoteReader.Read("“Go,” he said.", EquatableArray<TextRange>.Empty,
            new EquatableArray<SentenceModel>(new[] { new SentenceModel(new TextRange(0, 14), 0) }), default);
        Assert.Single(onlySentences.Quotes);
    }

    [Fact]
    public void A_cancelled_read_throws_operation_cancelled()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => QuoteReader.Read("“Go,” he said.", default, default, source.Token));
    }

    [Theory]
    [InlineData("balanced straight pairs", "\"a\" ")]
    [InlineData("straight marks alone", "\"")]
    [InlineData("curly openers never closed", "“a ")]
    [InlineData("curly closers with nothing open", "a” ")]
    [InlineData("nested singles", "“a ‘b’ c” ")]
    [InlineData("apostrophes", "farmers' s’ ’til ")]
    [InlineData("attributed quotes", "“We go,” he said. ")]
    [InlineData("unclosed quotes with attributions", "“We go, he said. ")]
    [InlineData("split quotes", "“A,” said Smith, “b.” ")]
    [InlineData("paragraph per quote", "“A.\n\n")]
    [InlineData("one-word partials in one endless sentence", "x “a” ")]
    [InlineData("speech verbs in one endless sentence", "he said x “a” y ")]
    [InlineData("names and pronouns", "“No,” said Ann Lee. “Yes,” she said; ")]
    public void A_hundred_thousand_quotation_marks_stay_linear(string shape, string unit)
    {
        var marks = unit.Count(c => "\"“”‘’'".IndexOf(c) >= 0);
        var repeat = Math.Max(1, 100_000 / Math.Max(1, marks));
        var text = new StringBuilder(unit.Length * repeat).Insert(0, unit, repeat).ToString();

        var result = QuoteReader.Read(text, QuoteTesting.Paragraphs(text), EquatableArray<SentenceModel>.Empty, default);
        _output.WriteLine($"{shape}: {text.Length:N0} characters, {result.Quotes.Count:N0} quotes, {result.Findings.Count} findings");
        Assert.All(result.Quotes, q => Assert.True(q.Range.Start >= 0 && q.Range.End <= text.Length));

        // The same shape at an eighth of the marks and at all of them, timed side by side.
        Corpus.Testing.Linearity.Assert(
            size =>
            {
                var sized = new StringBuilder(unit.Length * size).Insert(0, unit, size).ToString();
                QuoteReader.Read(sized, QuoteTesting.Paragraphs(sized), EquatableArray<SentenceModel>.Empty, default);
            },
            smallSize: Math.Max(1, repeat / 8), factor: 8, runs: 2);
    }

    [Fact]
    public void A_lone_surrogate_in_a_speaker_mention_does_not_throw()
    {
        // Found by the fuzz campaign (bench/Corpus.Fuzz): string.Normalize throws on a lone surrogate.
        var model = ArticleReader.Read("a.txt", "S \u201CI\uDFD7\u201DAI", ArticleMetadata.None);

        Assert.All(model.Quotes, q => Assert.True(q.Range.End <= model.TextLength));
    }
}
