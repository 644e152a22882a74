using System.Threading;
using Corpus.Extraction.Figures;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Tests.Figures;

/// <summary>Which quote and which sentence a figure sits in.</summary>
public sealed class QuoteAndSentenceTests
{
    private const string Text = "“We have lost 63 people,” the minister said. Officials counted 838 injured.";

    [Fact]
    public void A_figure_inside_a_quote_carries_the_quote_index()
    {
        var quoteStart = Text.IndexOf("We", System.StringComparison.Ordinal);
        var quoteEnd = Text.IndexOf(",”", System.StringComparison.Ordinal);
        var quote = new QuoteModel(QuoteKind.Direct, TextRange.FromBounds(quoteStart, quoteEnd), null, null, null, null, null);
        var figures = FigureReader.Read(
            Text,
            FigureText.Paragraphs(Text).ToEquatableArray(),
            FigureText.Sentences(Text).ToEquatableArray(),
            new EquatableArray<QuoteModel>(new[] { quote }),
            CancellationToken.None);

        Assert.Equal(2, figures.Count);
        Assert.Equal(0, figures[0].Quote);
        Assert.Equal(0, figures[0].Sentence);
        Assert.Null(figures[1].Quote);
        Assert.Equal(1, figures[1].Sentence);
    }

    [Fact]
    public void A_figure_takes_the_lowest_numbered_quote_that_contains_it()
    {
        var inner = TextRange.FromBounds(Text.IndexOf("63", System.StringComparison.Ordinal), Text.IndexOf(" people", System.StringComparison.Ordinal));
        var outer = TextRange.FromBounds(0, Text.Length);
        var unrelated = TextRange.FromBounds(Text.IndexOf("Officials", System.StringComparison.Ordinal), Text.Length);
        var figures = FigureReader.Read(Text, EquatableArray<TextRange>.Empty, FigureText.Sentences(Text).ToEquatableArray(), new[] { unrelated, inner, outer }, CancellationToken.None);

        Assert.Equal(new int?[] { 1, 0 }, new[] { figures[0].Quote, figures[1].Quote });
    }

    [Fact]
    public void Without_sentences_each_paragraph_is_read_and_the_sentence_is_minus_one()
    {
        var figures = FigureReader.Read(Text, FigureText.Paragraphs(Text).ToEquatableArray(), EquatableArray<SentenceModel>.Empty, EquatableArray<QuoteModel>.Empty, CancellationToken.None);

        Assert.Equal(2, figures.Count);
        Assert.All(figures, f => Assert.Equal(-1, f.Sentence));
    }

    [Fact]
    public void Equal_texts_give_equal_models()
    {
        Assert.Equal(FigureText.Read(Text), FigureText.Read(Text));
    }
}
