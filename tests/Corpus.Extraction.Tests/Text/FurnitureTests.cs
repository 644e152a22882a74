using Corpus.Extraction.Model;

namespace Corpus.Extraction.Tests.Text;

/// <summary>Page furniture at the ends of the body: stripped when it is furniture, kept when it is a sentence.</summary>
public class FurnitureTests
{
    private const string Body = "Troops were sent to the south.\n\nThe curfew was extended on Sunday.";
    private const string LastParagraph = "The curfew was extended on Sunday.";

    [Theory]
    [InlineData("More In: International | News", "International")]
    [InlineData("More in: World", "World")]
    [InlineData("More in World", "World")]
    [InlineData("MORE IN: Asia Pacific | Politics", "Asia Pacific")]
    [InlineData("More in Business » Markets", "Business")]
    [InlineData("Section: Business", "Business")]
    [InlineData("Category: Sport", "Sport")]
    [InlineData("More from BBC News", null)]
    [InlineData("Related: Russia rules out sending troops", null)]
    [InlineData("Related Articles", null)]
    [InlineData("Related stories:", null)]
    [InlineData("Share this article", null)]
    [InlineData("Share this story on Facebook", null)]
    [InlineData("Share on WhatsApp", null)]
    [InlineData("Advertisement", null)]
    [InlineData("ADVERTISEMENT", null)]
    [InlineData("Follow us on Twitter", null)]
    [InlineData("Follow us on Facebook.", null)]
    [InlineData("Follow Jane Doe on X: @janedoe", null)]
    [InlineData("© 2010 The Hindu", null)]
    [InlineData("(c) 2010 Reuters", null)]
    [InlineData("Copyright 2010 The Associated Press. All rights reserved.", null)]
    [InlineData("Copyright © 2010 BBC", null)]
    [InlineData("All rights reserved.", null)]
    [InlineData("Read more: Kyrgyzstan in crisis", null)]
    [InlineData("Read more about the crisis in Kyrgyzstan", null)]
    [InlineData("Read More »", null)]
    [InlineData("Tags: Russia, Kyrgyzstan, CSTO", null)]
    [InlineData("Sign up for our daily newsletter", null)]
    [InlineData("___", null)]
    [InlineData("* * *", null)]
    [InlineData("(Reporting by William Schomberg; Editing by Andy Bruce)", null)]
    [InlineData("(Additional reporting by Jane Doe in Bishkek)", null)]
    public void Trailing_furniture_leaves_the_body(string furniture, string? section)
    {
        foreach (var text in new[] { Body + "\n\n" + furniture, Body + "\n\n" + furniture + "\n", Body + "\r\n\r\n" + furniture + "\r\n\r\n" })
        {
            var model = Extract.Model(text);
            Invariants.Check(text, model);
            var paragraphs = Extract.Paragraphs(text, model);
            Assert.Equal(2, paragraphs.Length);
            Assert.Equal(LastParagraph, paragraphs[1]);
            Assert.Equal(text.IndexOf(LastParagraph, System.StringComparison.Ordinal) + LastParagraph.Length, model.Body.End);
            Assert.Equal(section, model.Header.Section);
        }
    }

    [Fact]
    public void Stacked_furniture_lines_all_leave_and_the_section_line_nearest_the_article_wins()
    {
        var text = Body + "\n\nShare this article\nMore In: International | News\n\nSection: Home\n\n© 2010 The Hindu";
        var model = Extract.Model(text);

        Invariants.Check(text, model);
        Assert.Equal(new[] { "Troops were sent to the south.", LastParagraph }, Extract.Paragraphs(text, model));
        Assert.Equal("International", model.Header.Section);
    }

    [Fact]
    public void Furniture_in_a_one_per_line_file_leaves_too()
    {
        var text = "Troops were sent to the south.\nThe curfew was extended on Sunday.\nMore In: International | News";
        var model = Extract.Model(text);

        Assert.Equal(new[] { "Troops were sent to the south.", LastParagraph }, Extract.Paragraphs(text, model));
        Assert.Equal("International", model.Header.Section);
    }

    [Fact]
    public void Leading_advertisement_markers_leave_the_body()
    {
        var text = "Advertisement\n\nADVERTISEMENT\n\n" + Body;
        var model = Extract.Model(text);

        Invariants.Check(text, model);
        Assert.Equal(text.IndexOf("Troops", System.StringComparison.Ordinal), model.Body.Start);
        Assert.Equal(2, model.Paragraphs.Count);
        Assert.StartsWith("Troops", model.Header.Title);
    }

    [Fact]
    public void Front_matter_and_item_metadata_sections_win_over_furniture()
    {
        var fromFrontMatter = "---\nsection: World\n---\n" + Body + "\n\nMore In: International | News";
        var model = Extract.Model(fromFrontMatter);
        Assert.Equal("World", model.Header.Section);
        Assert.Equal(LastParagraph, Extract.Paragraphs(fromFrontMatter, model)[1]);

        var fromMetadata = Body + "\n\nMore In: International | News";
        Assert.Equal("Europe", Extract.Model(fromMetadata, new ArticleMetadata(Section: "Europe")).Header.Section);
    }

    [Theory]
    [InlineData("More in sorrow than in anger, he said.")]
    [InlineData("More in the region are expected to follow.")]
    [InlineData("More information will be released on Friday.")]
    [InlineData("Share this article with your friends, she urged readers.")]
    [InlineData("Share prices fell 5 per cent.")]
    [InlineData("Related talks will resume on Monday.")]
    [InlineData("Follow the money, the prosecutor said.")]
    [InlineData("Follow-up talks are planned.")]
    [InlineData("Copyright lawyers said the ruling was a landmark.")]
    [InlineData("Read more books, the minister told pupils.")]
    [InlineData("Advertisement revenue fell 5 per cent.")]
    [InlineData("Section 5 of the law was struck down.")]
    [InlineData("Tags were found on the bodies, police said.")]
    [InlineData("“Follow us,” the officer shouted.")]
    [InlineData("(Reporting from Osh was difficult, officials said.)")]
    [InlineData("Associated Press writer Jane Doe contributed to this report.")]
    public void A_closing_sentence_is_never_furniture(string closing)
    {
        var text = Body + "\n\n" + closing;
        var model = Extract.Model(text);

        Invariants.Check(text, model);
        Assert.Equal(closing, Extract.Paragraphs(text, model)[2]);
        Assert.Equal(text.Length, model.Body.End);
        Assert.Null(model.Header.Section);
    }

    [Fact]
    public void Furniture_between_paragraphs_stays()
    {
        var text = "Troops were sent.\n\nShare this article\n\nThe curfew was extended.";

        Assert.Equal(new[] { "Troops were sent.", "Share this article", "The curfew was extended." }, Extract.Paragraphs(text));
    }
}
