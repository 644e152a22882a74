using Corpus.Extraction.Model;
using Corpus.Generator.Parsing;

namespace Corpus.Generator.Tests.Parsing;

/// <summary>The words a figure's or a quote's hover shows: short, cut between words, and marked where cut.</summary>
public class SnippetsTests
{
    [Fact]
    public void AShortSentenceIsShownWhole()
    {
        const string text = "Intro. The death toll has risen to 63 with another 838 injured. Outro.";
        var sentence = Range(text, "The death toll has risen to 63 with another 838 injured.");

        Assert.Equal("The death toll has risen to 63 with another 838 injured.", Snippets.Around(text, sentence, Range(text, "63")));
    }

    [Fact]
    public void ALongSentenceIsCutBetweenWordsEitherSideOfTheFigure()
    {
        var before = string.Join(" ", Repeat("alpha", 30));
        var after = string.Join(" ", Repeat("omega", 30));
        var text = before + " left 4,300 people detained " + after + ".";
        var sentence = new TextRange(0, text.Length);

        var context = Snippets.Around(text, sentence, Range(text, "4,300"));

        Assert.StartsWith("…alpha", context);
        Assert.EndsWith("omega…", context);
        Assert.Contains(" left 4,300 people detained ", context);
        Assert.DoesNotContain("alph ", context);
        Assert.InRange(context.Length, 2 * Snippets.ContextReach - 10, 2 * Snippets.ContextReach + "4,300".Length + 2);
        foreach (var word in context.Trim('…').Split(' ')) Assert.Contains(word, new[] { "alpha", "omega", "left", "4,300", "people", "detained" });
    }

    [Fact]
    public void AFewWordsPastTheReachAreKeptRatherThanCut()
    {
        var text = "The death toll given out by the health ministry on Sunday said 63 people had been killed so far and 838 were wounded in clashes.";
        Assert.True(text.IndexOf("63", System.StringComparison.Ordinal) > Snippets.ContextReach);

        Assert.Equal(text, Snippets.Around(text, new TextRange(0, text.Length), Range(text, "63")));
    }

    [Fact]
    public void AFigureNearTheStartKeepsTheSentenceStartAndCutsOnlyTheEnd()
    {
        var text = "About 5,000 people fled " + string.Join(" ", Repeat("word", 40)) + ".";

        var context = Snippets.Around(text, new TextRange(0, text.Length), Range(text, "About 5,000"));

        Assert.StartsWith("About 5,000 people fled", context);
        Assert.EndsWith("word…", context);
    }

    [Fact]
    public void AnUnbrokenRunIsCutAtTheFigureNeverInsideASurrogatePair()
    {
        var emoji = string.Concat(Repeat("\U0001F600", 50));
        var text = emoji + " 12 " + emoji;

        var context = Snippets.Around(text, new TextRange(0, text.Length), Range(text, "12"));

        Assert.Equal("…12…", context);
    }

    [Fact]
    public void AFigureOutsideItsSentenceGivesNoContext()
    {
        const string text = "One sentence. Another with 12.";

        Assert.Equal("", Snippets.Around(text, Range(text, "One sentence."), Range(text, "12")));
    }

    [Fact]
    public void ALongQuoteIsCutBetweenWords()
    {
        var quote = string.Join(" ", Repeat("rebuild", 60));

        var head = Snippets.Head(quote, Snippets.MaxQuote);

        Assert.EndsWith("rebuild…", head);
        Assert.True(head.Length <= Snippets.MaxQuote + 1);
        Assert.StartsWith(head.TrimEnd('…'), quote);
        Assert.Equal("We will rebuild.", Snippets.Head("We will rebuild.", Snippets.MaxQuote));
    }

    [Fact]
    public void AQuoteOfOneUnbrokenWordIsCutOutsideSurrogatePairs()
    {
        var quote = string.Concat(Repeat("\U0001F600", 200));

        var head = Snippets.Head(quote, 301);

        Assert.Equal(quote.Substring(0, 300) + "…", head);
    }

    private static TextRange Range(string text, string part) => new(text.IndexOf(part, System.StringComparison.Ordinal), part.Length);

    private static string[] Repeat(string value, int count)
    {
        var values = new string[count];
        for (var i = 0; i < count; i++) values[i] = value;
        return values;
    }

    // The first five words of the quote, however it is spaced, and nothing of the rest.
    [Theory]
    [InlineData("We need the input of other military forces to stop the situation", "OtunbayevaWeNeedTheInputOf")]
    [InlineData("  We\u00A0need\tthe\r\ninput   of other forces", "OtunbayevaWeNeedTheInputOf")]
    [InlineData("Help", "OtunbayevaHelp")]
    public void AQuoteIsNamedFromItsSpeakerAndItsFirstWords(string quote, string expected)
    {
        var text = "\u201C" + quote + "\u201D";
        var model = new QuoteModel(Corpus.Extraction.Model.QuoteKind.Direct, new TextRange(1, quote.Length), null, null, "Roza Otunbayeva", null, null);
        var speaker = new SpeakerModel(Corpus.Extraction.Model.SpeakerKind.Person, "Roza Otunbayeva", EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<TextRange>.Empty);

        Assert.Equal(expected, Corpus.Generator.Naming.QuoteNames.BaseName(model, speaker, text.Substring(1, quote.Length)));
    }
}
