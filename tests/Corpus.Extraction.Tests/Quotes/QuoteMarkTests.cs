using System.Linq;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Tests.Quotes;

/// <summary>Quotation marks in every style pair into the right quotes; apostrophes never open one.</summary>
public sealed class QuoteMarkTests
{
    [Theory]
    [InlineData("straight doubles", "\"We will win,\" he said.", "We will win")]
    [InlineData("curly doubles", "“We will win,” he said.", "We will win")]
    [InlineData("curly opener, straight closer", "“We will win,\" he said.", "We will win")]
    [InlineData("straight opener, curly closer", "\"We will win,” he said.", "We will win")]
    [InlineData("guillemets", "«We will win», he said.", "We will win")]
    [InlineData("spaced French guillemets", "« We will win », he said.", "We will win")]
    [InlineData("German low-high", "„We will win“, he said.", "We will win")]
    [InlineData("reversed guillemets", "»We will win«, he said.", "We will win")]
    [InlineData("British curly singles", "‘We will win,’ he said.", "We will win")]
    [InlineData("British straight singles", "'We will win,' he said.", "We will win")]
    [InlineData("singles nested in doubles", "“He told me ‘go home’ and left,” she said.", "He told me ‘go home’ and left")]
    [InlineData("doubles nested in singles", "‘He said “no”, then left,’ she said.", "He said “no”, then left")]
    [InlineData("straight singles nested in straight doubles", "\"My father said 'never give up,' and I didn't,\" he said.", "My father said 'never give up,' and I didn't")]
    [InlineData("possessive plural inside British singles", "‘The players’ decision is final,’ the coach said.", "The players’ decision is final")]
    [InlineData("elided decade inside straight singles", "'We loved the '90s,' she said.", "We loved the '90s")]
    [InlineData("elision inside curly singles", "‘We’ll keep going ’til it’s done,’ he said.", "We’ll keep going ’til it’s done")]
    [InlineData("question mark before the attribution", "“Who will pay?” asked the mayor.", "Who will pay?")]
    [InlineData("no space after the closer", "“Really?”she asked.", "Really?")]
    public void Pairs_marks_into_one_quote(string style, string text, string expected)
    {
        var quotes = Quoted(text);
        Assert.True(quotes.Length == 1, $"{style}: {string.Join(" | ", quotes)}");
        Assert.Equal(expected, quotes[0]);
    }

    [Theory]
    [InlineData("possessives and elisions", "The country’s leader said Russia's farmers' union was silent ’til now.")]
    [InlineData("inch and foot marks", "The suspect is 6'2\" tall and carried a 12\" knife, police said.")]
    [InlineData("empty quotation marks", "He said \"\" and left.")]
    [InlineData("marks around punctuation only", "She wrote \"...\" in the margin.")]
    [InlineData("a lone straight single", "Rock 'n' roll is here to stay ' for now.")]
    public void Finds_no_quote_where_there_is_none(string what, string text)
    {
        var quotes = Quoted(text);
        Assert.True(quotes.Length == 0, $"{what}: {string.Join(" | ", quotes)}");
    }

    [Fact]
    public void A_quote_split_by_its_attribution_is_two_linked_segments_with_one_speaker()
    {
        const string text = "“The first part is fine,” said Mayor Ana Costa, “but the second is not.”";
        var result = QuoteTesting.Read(text);

        Assert.Equal(2, result.Quotes.Count);
        Assert.Equal("The first part is fine", Text(text, result.Quotes[0]));
        Assert.Equal("but the second is not.", Text(text, result.Quotes[1]));
        Assert.Null(result.Quotes[0].Continues);
        Assert.Equal(0, result.Quotes[1].Continues);
        Assert.All(result.Quotes, q => Assert.Equal("Ana Costa", q.Speaker));
    }

    [Fact]
    public void A_quote_over_several_paragraphs_is_one_quote_with_a_part_per_paragraph()
    {
        const string text = "“We had patients in the hallways.\n\n“Some had waited nine hours.\n\n“By morning the saline ran out,” said Dr. Helen Park.";
        var result = QuoteTesting.Read(text);

        var quote = Assert.Single(result.Quotes);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal(3, quote.Parts.Count);
        Assert.Equal("We had patients in the hallways.", Text(text, quote.Parts[0]));
        Assert.Equal("Some had waited nine hours.", Text(text, quote.Parts[1]));
        Assert.Equal("By morning the saline ran out", Text(text, quote.Parts[2]));
        Assert.Equal(quote.Parts[0].Start, quote.Range.Start);
        Assert.Equal(quote.Parts[2].End, quote.Range.End);
        Assert.Equal("Helen Park", quote.Speaker);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void An_unclosed_quote_is_reported_where_it_opens_and_reading_recovers()
    {
        const string text = "Officials met on Monday.\n\n“We will rebuild every home, the mayor said on Friday.\n\nPolice said the cost would exceed $2 million. “It is a lot,” said Chief Ana Ruiz.";
        var result = QuoteTesting.Read(text);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(FindingKind.UnclosedQuote, finding.Kind);
        Assert.Equal("CORPUS101", finding.Id);
        Assert.Equal(new LinePosition(2, 0), finding.Start);
        Assert.Equal(text.IndexOf('“'), finding.Range.Start);

        var quotes = result.Quotes.Select(q => (q.Kind, Text: Text(text, q), q.Speaker)).ToList();
        Assert.Contains((QuoteKind.Direct, "We will rebuild every home", "the mayor"), quotes);
        Assert.Contains((QuoteKind.Indirect, "the cost would exceed $2 million", "Police"), quotes);
        Assert.Contains((QuoteKind.Direct, "It is a lot", "Ana Ruiz"), quotes);
    }

    [Fact]
    public void An_opener_that_a_new_quote_follows_is_reported_and_the_new_quote_read()
    {
        const string text = "\"The road is closed, a police officer said. \"It will reopen tomorrow,\" said the mayor, Tom Reyes.";
        var result = QuoteTesting.Read(text);

        Assert.Single(result.Findings);
        var quoted = result.Quotes.Where(q => q.Kind == QuoteKind.Direct).Select(q => Text(text, q)).ToList();
        Assert.Equal(new[] { "The road is closed", "It will reopen tomorrow" }, quoted);
        Assert.Equal("Tom Reyes", result.Quotes.Single(q => Text(text, q) == "It will reopen tomorrow").Speaker);
    }

    [Fact]
    public void Finding_lines_and_columns_count_every_line_break_style()
    {
        const string text = "First line.\r\nSecond line.\r\n\r\nThird, and “an unclosed quote here.";
        var finding = Assert.Single(QuoteTesting.Read(text).Findings);
        Assert.Equal(new LinePosition(3, 11), finding.Start);
    }

    private static string[] Quoted(string text) =>
        QuoteTesting.Read(text).Quotes.Where(q => q.Kind != QuoteKind.Indirect).Select(q => Text(text, q)).ToArray();

    private static string Text(string text, QuoteModel quote) => QuoteTesting.Text(text, quote.Range);

    private static string Text(string text, TextRange range) => QuoteTesting.Text(text, range);
}
