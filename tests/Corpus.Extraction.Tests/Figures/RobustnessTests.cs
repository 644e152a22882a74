using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using Corpus.Extraction.Figures;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Tests.Figures;

/// <summary>The reader never throws on any text, skips numbers too large for decimal, stays linear, and honours cancellation.</summary>
public sealed class RobustnessTests
{
    private static readonly string[] Pieces =
    {
        "1", "22", "333", "4444", "0", "007", ",", ".", "-", "–", "/", ":", "%", "$", "£", "€", "^", "e", "x", "×", "½", "+", "<", ">", "=", " ",
        " ", "  ", "\n", "one", "hundred", "and", "a", "half", "thousands", "of", "million", "bn", "m", "k", "M", "per", "cent", "more", "than",
        "between", "from", "to", "killed", "people", "year", "old", "second", "first", "fifths", "over", "in", "out", "No", "Radio", "Il",
        "June", "2010", "GMT", "pm", "'", "’", "(", ")", "\"", "km", "C", "degrees", "minus", "point", "dozen", "lakh", "won", "pounds",
    };

    [Fact]
    public void Random_text_never_throws_and_every_figure_lies_inside_the_text()
    {
        var random = new Random(4);
        for (var round = 0; round < 3000; round++)
        {
            var builder = new StringBuilder();
            var length = random.Next(1, 40);
            for (var i = 0; i < length; i++)
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]);
                if (random.Next(3) == 0) builder.Append(' ');
            }
            var text = builder.ToString();
            foreach (var figure in FigureText.Read(text).Concat(FigureReader.ReadSentence(text)))
            {
                Assert.InRange(figure.Range.Start, 0, text.Length);
                Assert.InRange(figure.Range.End, figure.Range.Start + 1, text.Length);
            }
        }
    }

    [Theory]
    [InlineData("The debt is 99999999999999999999999999999999999999 dollars.")]
    [InlineData("It grew 1e99999 times, or 9.9^9999, or ten trillion trillion trillion.")]
    [InlineData("A thousand thousand thousand thousand thousand thousand thousand thousand thousand thousand thousand.")]
    [InlineData("0.000000000000000000000000000000000000001 per cent")]
    public void Numbers_too_large_for_decimal_are_skipped_not_thrown(string text)
    {
        var figures = FigureReader.ReadSentence(text);
        Assert.All(figures, f => Assert.True(Math.Abs(f.Value) < 1e28m));
    }

    [Fact]
    public void Runs_in_linear_time_on_long_unsegmented_text()
    {
        var piece = "Some 1,500 people, about half of them children, fled; 63 were killed and thousands injured on June 10 at 6pm. ";
        var small = string.Concat(Enumerable.Repeat(piece, 200));
        var large = string.Concat(Enumerable.Repeat(piece, 2000));

        Assert.Equal(FigureReader.ReadSentence(small).Count * 10, FigureReader.ReadSentence(large).Count);
        Corpus.Testing.Linearity.Assert(size => FigureReader.ReadSentence(string.Concat(Enumerable.Repeat(piece, size))), smallSize: 250, factor: 8);
    }

    [Fact]
    public void Long_runs_of_number_words_and_digits_stay_fast()
    {
        var words = string.Join(" ", Enumerable.Repeat("one two three hundred and", 5000));
        var digits = string.Join(" ", Enumerable.Repeat("123", 20000));
        Assert.Equal(10001, FigureReader.ReadSentence(words).Count);
        Assert.Empty(FigureReader.ReadSentence(digits));
        Corpus.Testing.Linearity.Assert(size => FigureReader.ReadSentence(string.Join(" ", Enumerable.Repeat("one two three hundred and", size))), smallSize: 600, factor: 8);
    }

    [Fact]
    public void Cancellation_stops_the_read()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var text = "63 people were killed.";
        var sentences = new EquatableArray<SentenceModel>(new[] { new SentenceModel(new TextRange(0, text.Length), 0) });
        Assert.ThrowsAny<OperationCanceledException>(() =>
            FigureReader.Read(text, new EquatableArray<TextRange>(new[] { new TextRange(0, text.Length) }), sentences, EquatableArray<QuoteModel>.Empty, cancellation.Token));
    }

    [Fact]
    public void Ranges_outside_the_text_are_clamped_and_empty_input_reads_nothing()
    {
        var sentences = new EquatableArray<SentenceModel>(new[] { new SentenceModel(new TextRange(-5, 500), 0) });
        var figures = FigureReader.Read("12 people", EquatableArray<TextRange>.Empty, sentences, EquatableArray<QuoteModel>.Empty, CancellationToken.None);
        Assert.Single(figures);
        Assert.Empty(FigureReader.Read("", EquatableArray<TextRange>.Empty, EquatableArray<SentenceModel>.Empty, EquatableArray<QuoteModel>.Empty, CancellationToken.None));
    }
}
