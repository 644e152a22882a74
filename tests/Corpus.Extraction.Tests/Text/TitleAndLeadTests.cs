using System.Linq;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Tests.Text;

public class TitleAndLeadTests
{
    [Fact]
    public void A_short_first_sentence_is_the_title()
    {
        var model = Extract.Model("Russia refuses to send troops. Kyrgyzstan had asked for help.\n\nSecond paragraph.");

        Assert.Equal("Russia refuses to send troops.", model.Header.Title);
        Assert.True(model.Header.TitleFromLead);
        Assert.Equal("Russia refuses to send troops. Kyrgyzstan had asked for help.", model.Lead);
    }

    [Fact]
    public void A_long_first_sentence_is_cut_after_the_last_whole_word_that_fits()
    {
        var words = Enumerable.Range(1, 40).Select(i => "word" + i).ToArray();
        var sentence = string.Join(" ", words) + ".";
        var model = Extract.Model(sentence);

        var expected = "";
        foreach (var word in words)
        {
            var longer = expected.Length == 0 ? word : expected + " " + word;
            if (longer.Length > ArticleReader.MaxTitleLength) break;
            expected = longer;
        }
        Assert.Equal(expected + "…", model.Header.Title);
        Assert.True(model.Header.TitleFromLead);
    }

    [Theory]
    [InlineData(100, false)]
    [InlineData(101, true)]
    public void The_title_limit_is_one_hundred_characters(int length, bool cut)
    {
        // "aaaa aaaa ... a." of exactly the given length.
        var chars = Enumerable.Range(0, length).Select(i => i == length - 1 ? '.' : i % 5 == 4 ? ' ' : 'a').ToArray();
        var sentence = new string(chars);
        var title = Extract.Model(sentence).Header.Title;

        Assert.Equal(cut, title.EndsWith("…", System.StringComparison.Ordinal));
        if (!cut) Assert.Equal(sentence, title);
        else Assert.Equal(sentence.Substring(0, 99).TrimEnd() + "…", title);
    }

    [Fact]
    public void A_cut_title_drops_the_comma_before_the_ellipsis()
    {
        var sentence = new string('a', 97) + ", and then a great many more words follow here.";

        Assert.Equal(new string('a', 97) + "…", Extract.Model(sentence).Header.Title);
    }

    [Fact]
    public void A_single_word_longer_than_the_limit_is_cut_inside_but_not_inside_a_surrogate_pair()
    {
        var word = new string('x', 99) + "😀" + new string('y', 20);
        var title = Extract.Model(word).Header.Title;

        Assert.Equal(new string('x', 99) + "…", title);
        Assert.Equal(new string('z', 100) + "…", Extract.Model(new string('z', 150)).Header.Title);
    }

    [Fact]
    public void The_title_collapses_whitespace_of_a_wrapped_sentence()
    {
        var text = "Russia  refuses\nto send\ttroops.\n\nMore text here.\n\nAnd more.";

        Assert.Equal("Russia refuses to send troops.", Extract.Model(text).Header.Title);
        Assert.Equal("Russia refuses to send troops.", Extract.Model(text).Lead);
    }

    [Fact]
    public void A_leading_separator_is_not_the_title()
    {
        Assert.Equal("Troops left.", Extract.Model("***\n\nTroops left.").Header.Title);
    }

    [Fact]
    public void An_article_without_a_word_is_titled_by_its_file_name()
    {
        var model = ArticleReader.Read("news/2010/osh-riots.txt", "— … —", ArticleMetadata.None);

        Assert.Equal("osh-riots", model.Header.Title);
        Assert.True(model.Header.TitleFromLead);
    }

    [Fact]
    public void A_given_title_is_not_from_the_lead()
    {
        var fromMetadata = Extract.Model("Body sentence.", new ArticleMetadata(Title: "Given"));
        Assert.Equal("Given", fromMetadata.Header.Title);
        Assert.False(fromMetadata.Header.TitleFromLead);
        Assert.Equal("Body sentence.", fromMetadata.Lead);
    }

    [Fact]
    public void The_lead_is_the_first_paragraph_cut_on_a_word_boundary_at_three_hundred_characters()
    {
        var paragraph = string.Join(" ", Enumerable.Repeat("Troops were sent.", 30));
        var lead = Extract.Model(paragraph + "\n\nSecond paragraph.").Lead;

        Assert.EndsWith("…", lead);
        var kept = lead.Substring(0, lead.Length - 1);
        Assert.InRange(kept.Length, 290, ArticleReader.MaxLeadLength);
        Assert.StartsWith(kept, paragraph);
        Assert.Equal(' ', paragraph[kept.Length]);
    }

    [Fact]
    public void The_lead_is_whole_when_it_fits()
    {
        var paragraph = new string('a', 299) + ".";

        Assert.Equal(paragraph, Extract.Model(paragraph).Lead);
    }
}
