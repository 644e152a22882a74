using System.Linq;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Tests.Text;

public class FrontMatterTests
{
    [Fact]
    public void Front_matter_fills_the_header_and_is_not_body()
    {
        var text = "---\ntitle: Russia refuses to send troops\npublished: 2010-06-12\nsource: The Hindu\nsection: World\nurl: https://example.com/a?b=1\n---\nRussia refused. Kyrgyzstan asked.";
        var model = Extract.Model(text);

        Invariants.Check(text, model);
        Assert.Equal(new ArticleHeader("Russia refuses to send troops", false, "2010-06-12", "The Hindu", "World", "https://example.com/a?b=1"), model.Header);
        Assert.Equal(text.IndexOf("Russia refused", System.StringComparison.Ordinal), model.Body.Start);
        Assert.Equal(new[] { "Russia refused. Kyrgyzstan asked." }, Extract.Paragraphs(text, model));
        Assert.Empty(model.Findings);
    }

    [Fact]
    public void Keys_are_case_insensitive_unknown_keys_are_ignored_and_quotes_are_removed()
    {
        var text = "---\r\nTITLE: \"Osh: a city in flames\"\r\nAuthor: Jane Doe\r\ntags: [russia, kyrgyzstan]\r\n# a comment\r\n\r\nSource: 'Reuters'' wire'\r\nPublished:   2010-06-12T14:30:00+02:00  \r\n---\r\n\r\nBody text.";
        var model = Extract.Model(text);

        Invariants.Check(text, model);
        Assert.Equal("Osh: a city in flames", model.Header.Title);
        Assert.False(model.Header.TitleFromLead);
        Assert.Equal("Reuters' wire", model.Header.Source);
        Assert.Equal("2010-06-12T14:30:00+02:00", model.Header.Published);
        Assert.Equal(new[] { "Body text." }, Extract.Paragraphs(text, model));
        Assert.Empty(model.Findings);
    }

    [Fact]
    public void Indented_lines_continue_a_value()
    {
        var text = "---\ntitle: >\n  Russia refuses\n  to send troops\ntags:\n  - russia\n---\nBody.";

        Assert.Equal("Russia refuses to send troops", Extract.Model(text).Header.Title);
    }

    [Fact]
    public void Front_matter_overrides_item_metadata_field_by_field()
    {
        var text = "---\ntitle: From the file\nsection: World\n---\nBody.";
        var metadata = new ArticleMetadata(Title: "From the project", Published: "2010-06-11", Source: "The Hindu", Section: "News", Url: "https://example.com");
        var model = Extract.Model(text, metadata);

        Assert.Equal(new ArticleHeader("From the file", false, "2010-06-11", "The Hindu", "World", "https://example.com"), model.Header);
    }

    [Fact]
    public void Item_metadata_alone_fills_the_header()
    {
        var model = Extract.Model("Body sentence.", new ArticleMetadata(Title: "  Given title  ", Section: " "));

        Assert.Equal("Given title", model.Header.Title);
        Assert.False(model.Header.TitleFromLead);
        Assert.Null(model.Header.Section);
    }

    [Fact]
    public void An_empty_front_matter_block_is_fine()
    {
        var text = "---\n---\nBody.";
        var model = Extract.Model(text);

        Assert.Equal(new[] { "Body." }, Extract.Paragraphs(text, model));
        Assert.Empty(model.Findings);
    }

    [Theory]
    [InlineData("--- not a fence\ntitle: x\n---\nBody.")]
    [InlineData("----\ntitle: x\n----\nBody.")]
    [InlineData(" ---\ntitle: x\n---\nBody.")]
    [InlineData("Body first.\n---\ntitle: x\n---")]
    public void Only_a_fence_on_the_very_first_line_opens_front_matter(string text)
    {
        var model = Extract.Model(text);

        Assert.Empty(model.Findings);
        Assert.True(model.Header.TitleFromLead);
        Assert.Equal(0, NonWhitespaceBefore(text, model.Body.Start));
    }

    private static int NonWhitespaceBefore(string text, int start) =>
        text.Substring(0, start).Count(c => !char.IsWhiteSpace(c));

    [Fact]
    public void An_unclosed_block_is_reported_on_its_opening_line_and_read_as_body()
    {
        var text = "---\ntitle: Never closed\nsource: Nowhere";
        var model = Extract.Model(text);

        Invariants.Check(text, model);
        var finding = Assert.Single(model.Findings);
        Assert.Equal(FindingKind.MalformedFrontMatter, finding.Kind);
        Assert.Equal("CORPUS006", finding.Id);
        Assert.Equal(new TextRange(0, 3), finding.Range);
        Assert.Equal(new LinePosition(0, 0), finding.Start);
        Assert.Equal(new LinePosition(0, 3), finding.End);
        Assert.Equal(0, model.Body.Start);
        Assert.Equal(new[] { "---", "title: Never closed", "source: Nowhere" }, Extract.Paragraphs(text, model));
        Assert.True(model.Header.TitleFromLead);
    }

    [Fact]
    public void A_line_that_is_not_key_value_is_reported_on_that_line_and_the_block_is_read_as_body()
    {
        var text = "---\r\ntitle: Fine\r\nthis is not a key\r\n---\r\n\r\nBody.";
        var model = Extract.Model(text);

        Invariants.Check(text, model);
        var finding = Assert.Single(model.Findings);
        Assert.Equal(FindingKind.MalformedFrontMatter, finding.Kind);
        Assert.Equal("this is not a key", Extract.Of(text, finding.Range));
        Assert.Equal(new LinePosition(2, 0), finding.Start);
        Assert.Equal(new LinePosition(2, 17), finding.End);
        Assert.Contains("this is not a key", finding.Message);
        Assert.Equal(0, model.Body.Start);
        Assert.True(model.Header.TitleFromLead);
    }

    [Theory]
    [InlineData("2010-06-12")]
    [InlineData("2010-06-12T14:30")]
    [InlineData("2010-06-12T14:30:00")]
    [InlineData("2010-06-12T14:30:00Z")]
    [InlineData("2010-06-12T14:30:00+02:00")]
    [InlineData("2010-06-12T14:30:00.123-05:00")]
    [InlineData("2010-06-12 14:30:00+05:30")]
    public void Iso_8601_dates_are_published_dates(string date)
    {
        var model = Extract.Model("---\npublished: " + date + "\n---\nBody.");

        Assert.Equal(date, model.Header.Published);
        Assert.Empty(model.Findings);
        System.DateTimeOffset.Parse(model.Header.Published!, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Theory]
    [InlineData("June 12, 2010")]
    [InlineData("12/06/2010")]
    [InlineData("2010-6-12")]
    [InlineData("2010-13-01")]
    [InlineData("2010-02-30")]
    [InlineData("2010-06-12T25:00")]
    [InlineData("yesterday")]
    public void Other_dates_are_reported_where_they_are_written(string date)
    {
        var text = "---\r\ntitle: T\r\npublished: " + date + "\r\n---\r\nBody.";
        var model = Extract.Model(text);

        Assert.Null(model.Header.Published);
        var finding = Assert.Single(model.Findings);
        Assert.Equal(FindingKind.InvalidPublishedDate, finding.Kind);
        Assert.Equal("CORPUS007", finding.Id);
        Assert.Equal(date, Extract.Of(text, finding.Range));
        Assert.Equal(new LinePosition(2, "published: ".Length), finding.Start);
        Assert.Equal(new LinePosition(2, "published: ".Length + date.Length), finding.End);
        Assert.Contains(date, finding.Message);
        Assert.Equal("T", model.Header.Title); // the rest of the front matter still counts
    }

    [Fact]
    public void An_invalid_date_in_item_metadata_is_reported_at_the_start()
    {
        var model = Extract.Model("Body.", new ArticleMetadata(Published: "12 June 2010"));

        Assert.Null(model.Header.Published);
        var finding = Assert.Single(model.Findings);
        Assert.Equal(FindingKind.InvalidPublishedDate, finding.Kind);
        Assert.Equal(new TextRange(0, 0), finding.Range);
        Assert.Equal(new LinePosition(0, 0), finding.Start);
        Assert.Contains("12 June 2010", finding.Message);
    }

    [Fact]
    public void Front_matter_without_a_body_is_an_empty_article()
    {
        var text = "---\ntitle: Only metadata\n---\n\n";
        var model = Extract.Model(text);

        Invariants.Check(text, model);
        Assert.Empty(model.Paragraphs);
        Assert.Equal("Only metadata", model.Header.Title);
        var finding = Assert.Single(model.Findings);
        Assert.Equal(FindingKind.EmptyArticle, finding.Kind);
        Assert.Equal(new LinePosition(3, 0), finding.Start); // just below the closing fence, where the text belongs
    }
}
