using System.IO;
using System.Linq;
using System.Text.Json;
using Corpus.Cli.Input;
using Corpus.Cli.Json;
using Corpus.Cli.Reading;
using Corpus.Extraction.Model;

namespace Corpus.Cli.Tests;

/// <summary>
/// The mapping of quotes, figures and findings, over a model built by hand: it is checked before the
/// engine finds any of them in the seeds.
/// </summary>
public sealed class CorpusJsonWriterTests
{
    private const string Text = "“Prices rose more than 5%,” the minister said, via Reuters.";

    [Fact]
    public void Quotes_and_figures_are_written_with_their_text_and_kind_names()
    {
        var quote = new QuoteModel(
            QuoteKind.Direct, Find("Prices rose more than 5%,"), Cue: Find("said"), SpeakerMention: Find("the minister"),
            Speaker: "minister", Via: "Reuters", Continues: null);
        var figure = new FigureModel(
            FigureKind.Percent, Find("more than 5%"), Value: 5m, Upper: null, Qualifier.MoreThan, Unit: "%", Counts: null, Quote: 0);

        var root = Write(Model(quotes: new[] { quote }, figures: new[] { figure }));

        JsonContract.AssertDocument(root);
        var writtenQuote = root.GetProperty("articles")[0].GetProperty("quotes").EnumerateArray().Single();
        Assert.Equal("direct", writtenQuote.GetProperty("kind").GetString());
        Assert.Equal("Prices rose more than 5%,", writtenQuote.GetProperty("text").GetString());
        Assert.Equal(1, writtenQuote.GetProperty("start").GetInt32());
        Assert.Equal("minister", writtenQuote.GetProperty("speaker").GetString());
        Assert.Equal("the minister", writtenQuote.GetProperty("speakerMention").GetProperty("text").GetString());
        Assert.Equal("said", writtenQuote.GetProperty("cue").GetProperty("text").GetString());
        Assert.Equal("Reuters", writtenQuote.GetProperty("via").GetString());

        var writtenFigure = root.GetProperty("articles")[0].GetProperty("figures").EnumerateArray().Single();
        Assert.Equal("percent", writtenFigure.GetProperty("kind").GetString());
        Assert.Equal("more than 5%", writtenFigure.GetProperty("text").GetString());
        Assert.Equal(5m, writtenFigure.GetProperty("value").GetDecimal());
        Assert.Equal(JsonValueKind.Null, writtenFigure.GetProperty("upper").ValueKind);
        Assert.Equal("moreThan", writtenFigure.GetProperty("qualifier").GetString());
        Assert.Equal("%", writtenFigure.GetProperty("unit").GetString());
        Assert.True(writtenFigure.GetProperty("inQuote").GetBoolean());
    }

    [Fact]
    public void Absent_values_are_null_so_every_object_has_the_same_fields()
    {
        var quote = new QuoteModel(QuoteKind.Indirect, Find("Prices rose"), null, null, null, null, null);
        var figure = new FigureModel(FigureKind.Percent, Find("5%"), 5m, 7.5m, Qualifier.AtLeast, null, null, null);

        var root = Write(Model(quotes: new[] { quote }, figures: new[] { figure }));

        var writtenQuote = root.GetProperty("articles")[0].GetProperty("quotes")[0];
        Assert.Equal("indirect", writtenQuote.GetProperty("kind").GetString());
        Assert.All(new[] { "speaker", "speakerMention", "via", "cue" }, name => Assert.Equal(JsonValueKind.Null, writtenQuote.GetProperty(name).ValueKind));
        var writtenFigure = root.GetProperty("articles")[0].GetProperty("figures")[0];
        Assert.Equal("percent", writtenFigure.GetProperty("kind").GetString());
        Assert.Equal("atLeast", writtenFigure.GetProperty("qualifier").GetString());
        Assert.Equal(7.5m, writtenFigure.GetProperty("upper").GetDecimal());
        Assert.False(writtenFigure.GetProperty("inQuote").GetBoolean());
        Assert.Equal(JsonValueKind.Null, writtenFigure.GetProperty("unit").ValueKind);
    }

    [Fact]
    public void Findings_are_written_one_based_with_lower_case_severity()
    {
        var finding = new Finding(FindingKind.UnclosedQuote, "Quotation is never closed.", new TextRange(40, 1), new LinePosition(2, 4), new LinePosition(2, 5));

        var root = Write(Model(), ArticleDiagnostic.From(finding, "news/a.txt"));

        JsonContract.AssertDocument(root);
        var diagnostic = root.GetProperty("diagnostics").EnumerateArray().Single();
        Assert.Equal("CORPUS101", diagnostic.GetProperty("id").GetString());
        Assert.Equal("warning", diagnostic.GetProperty("severity").GetString());
        Assert.Equal("news/a.txt", diagnostic.GetProperty("path").GetString());
        Assert.Equal(3, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(5, diagnostic.GetProperty("column").GetInt32());
        Assert.Equal("Quotation is never closed.", diagnostic.GetProperty("message").GetString());
    }

    private static TextRange Find(string part)
    {
        var start = Text.IndexOf(part, System.StringComparison.Ordinal);
        Assert.True(start >= 0, part);
        return new TextRange(start, part.Length);
    }

    private static ExtractedArticle Model(QuoteModel[]? quotes = null, FigureModel[]? figures = null)
    {
        var all = new TextRange(0, Text.Length);
        var model = new ArticleModel(
            "a.txt", Text.Length, 0u, new ArticleHeader("Prices rose", false, "2010-06-12", null, null, null), all,
            new EquatableArray<TextRange>(new[] { all }),
            new EquatableArray<SentenceModel>(new[] { new SentenceModel(all, 0) }),
            10, Text,
            new EquatableArray<QuoteModel>(quotes ?? System.Array.Empty<QuoteModel>()),
            EquatableArray<SpeakerModel>.Empty,
            new EquatableArray<FigureModel>(figures ?? System.Array.Empty<FigureModel>()),
            EquatableArray<Finding>.Empty);
        return new ExtractedArticle(new ArticleFile("/news/a.txt", "a", "news/a.txt"), Text, "utf-8", model);
    }

    private static JsonElement Write(ExtractedArticle article, params ArticleDiagnostic[] diagnostics)
    {
        var output = new StringWriter();
        var writer = new CorpusJsonWriter(output);
        writer.Add(article);
        writer.Finish(diagnostics);
        using var document = JsonDocument.Parse(output.ToString());
        return document.RootElement.Clone();
    }
}
