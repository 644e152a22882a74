using System.Linq;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Tests.Text;

/// <summary>Findings about the text as a whole, with zero-based lines and columns under every line ending.</summary>
public class FindingTests
{
    [Fact]
    public void An_empty_text_is_an_empty_article_that_still_has_a_model()
    {
        var model = ArticleReader.Read("news/kyrgyzstan-crisis.txt", "", ArticleMetadata.None);

        var finding = Assert.Single(model.Findings);
        Assert.Equal(FindingKind.EmptyArticle, finding.Kind);
        Assert.Equal("CORPUS002", finding.Id);
        Assert.Equal(new TextRange(0, 0), finding.Range);
        Assert.Equal(new LinePosition(0, 0), finding.Start);
        Assert.Equal(new LinePosition(0, 0), finding.End);
        Assert.Empty(model.Paragraphs);
        Assert.Empty(model.Sentences);
        Assert.Equal(0, model.WordCount);
        Assert.Equal("", model.Lead);
        Assert.Equal("kyrgyzstan-crisis", model.Header.Title);
    }

    [Fact]
    public void Whitespace_only_text_is_reported_over_its_whole_length()
    {
        var text = "  \n\t\r\n \u00A0";
        var model = Extract.Model(text);

        Invariants.Check(text, model);
        var finding = Assert.Single(model.Findings);
        Assert.Equal(FindingKind.WhitespaceOnly, finding.Kind);
        Assert.Equal(new TextRange(0, text.Length), finding.Range);
        Assert.Equal(new LinePosition(0, 0), finding.Start);
        Assert.Equal(new LinePosition(2, 2), finding.End);
        Assert.Empty(model.Paragraphs);
    }

    [Theory]
    [InlineData("Hello there.\nWor\0ld.", 16, 1, 3)]
    [InlineData("First.\r\nSecond.\r\n\u0001 third.", 17, 2, 0)]
    [InlineData("First.\rSe\u0007cond.", 9, 1, 2)]
    [InlineData("First.\r\rSecond\u001B.", 14, 2, 6)]
    [InlineData("First.\u2028Sec\u0000ond.", 10, 1, 3)]
    [InlineData("First.\u2029\u0085\u000B", 8, 2, 0)]
    [InlineData("\u0002", 0, 0, 0)]
    public void Control_characters_are_binary_content_located_at_the_first(string text, int offset, int line, int column)
    {
        var model = Extract.Model(text);

        Invariants.Check(text, model);
        var finding = Assert.Single(model.Findings, f => f.Kind == FindingKind.BinaryContent);
        Assert.Equal("CORPUS004", finding.Id);
        Assert.Equal(new TextRange(offset, 1), finding.Range);
        Assert.Equal(new LinePosition(line, column), finding.Start);
        Assert.Equal(new LinePosition(line, column + 1), finding.End);
        Assert.Contains($"U+{(int)text[offset]:X4}", finding.Message);
    }

    [Fact]
    public void Binary_content_still_yields_what_can_be_read_and_counts_the_rest()
    {
        var text = "Troops left.\0\0\n\nThe curfew \u0001held.";
        var model = Extract.Model(text);

        Invariants.Check(text, model);
        Assert.Equal(2, model.Paragraphs.Count);
        Assert.Equal(5, model.WordCount);
        var finding = Assert.Single(model.Findings);
        Assert.Contains("3 occurrences", finding.Message);
    }

    [Fact]
    public void Tab_form_feed_and_line_breaks_are_not_binary()
    {
        Assert.Empty(Extract.Model("One.\tTwo.\fThree.\r\nFour.\u0085Five.\u2028Six.").Findings);
    }

    [Theory]
    [InlineData("Caf\uFFFD is open.", 3, 0, 3)]
    [InlineData("Fine.\r\nCaf\uFFFD and na\uFFFDve.", 10, 1, 3)]
    [InlineData("One.\n\n\uFFFD", 6, 2, 0)]
    public void Replacement_characters_are_undecodable_bytes_located_at_the_first(string text, int offset, int line, int column)
    {
        var model = Extract.Model(text);

        Invariants.Check(text, model);
        var finding = Assert.Single(model.Findings);
        Assert.Equal(FindingKind.UndecodableBytes, finding.Kind);
        Assert.Equal("CORPUS005", finding.Id);
        Assert.Equal(new TextRange(offset, 1), finding.Range);
        Assert.Equal(new LinePosition(line, column), finding.Start);
    }

    [Fact]
    public void Several_findings_come_in_text_order()
    {
        var text = "---\npublished: soon\n---\nBad \uFFFD byte and a \0 nul.";
        var kinds = Extract.Model(text).Findings.Select(f => f.Kind).ToArray();

        Assert.Equal(new[] { FindingKind.InvalidPublishedDate, FindingKind.UndecodableBytes, FindingKind.BinaryContent }, kinds);
    }

    [Fact]
    public void Furniture_only_text_is_an_empty_article()
    {
        var text = "Advertisement\n\nMore In: International | News";
        var model = Extract.Model(text);

        Invariants.Check(text, model);
        Assert.Equal(FindingKind.EmptyArticle, Assert.Single(model.Findings).Kind);
        Assert.Empty(model.Paragraphs);
        Assert.Equal("International", model.Header.Section);
    }

    [Fact]
    public void Finding_messages_are_sentences_that_say_what_to_do()
    {
        var texts = new[] { "", " ", "a\0", "a\uFFFD", "---\nx", "---\nnot a key\n---\n", "---\npublished: x\n---\nBody." };
        foreach (var finding in texts.SelectMany(t => Extract.Model(t).Findings))
        {
            Assert.Matches(@"^[A-Z].*\.$", finding.Message);
            Assert.True(finding.Message.Length > 40, finding.Message);
        }
    }
}
