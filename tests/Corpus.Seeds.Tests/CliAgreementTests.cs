using System.IO;
using System.Linq;
using System.Text.Json;

namespace Corpus.Seeds.Tests;

/// <summary>
/// The generator (through the compiled <c>Seeds</c> class) and the <c>corpus extract --json</c> command
/// run the same engine: on the seeds they must report the same text, spans, quotes, figures and people.
/// </summary>
public class CliAgreementTests
{
    private static readonly JsonElement Json = Extract();

    [Fact]
    public void SameArticlesTextsAndSegments()
    {
        var articles = Json.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(Seeds.All.Select(a => a.Id), articles.Select(a => a.GetProperty("id").GetString()));
        foreach (var (article, json) in Seeds.All.Zip(articles))
        {
            Assert.Equal(article.Text, json.GetProperty("text").GetString());
            Assert.Equal(article.Title, json.GetProperty("title").GetString());
            Assert.Equal(article.Section, json.GetProperty("section").GetString());
            Assert.Equal(article.WordCount, json.GetProperty("wordCount").GetInt32());
            Assert.Equal(article.Paragraphs.Select(p => (p.Span.Start, p.Span.Length)), Ranges(json, "paragraphs"));
            Assert.Equal(article.Sentences.Select(s => (s.Span.Start, s.Span.Length)), Ranges(json, "sentences"));
        }
    }

    [Fact]
    public void SameQuotesAndSpeakers()
    {
        foreach (var (article, json) in Seeds.All.Zip(Json.GetProperty("articles").EnumerateArray()))
        {
            var quotes = json.GetProperty("quotes").EnumerateArray().ToList();
            Assert.Equal(article.Quotes.Select(q => (q.Span.Start, q.Span.Length)), Ranges(json, "quotes"));
            Assert.Equal(article.Quotes.Select(q => q.Kind.ToString().ToLowerInvariant()), quotes.Select(q => q.GetProperty("kind").GetString()));
            Assert.Equal(article.Quotes.Select(q => q.SpeakerMention), quotes.Select(q => q.GetProperty("speakerMention").ValueKind == JsonValueKind.Null ? null : q.GetProperty("speakerMention").GetProperty("text").GetString()));
            Assert.Equal(article.Quotes.Select(q => q.Via), quotes.Select(q => q.GetProperty("via").GetString()));
        }
        Assert.Equal(
            Seeds.People.Select(p => p.Name).OrderBy(n => n, System.StringComparer.Ordinal),
            Json.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("name").GetString()).OrderBy(n => n, System.StringComparer.Ordinal));
    }

    [Fact]
    public void SameFigures()
    {
        foreach (var (article, json) in Seeds.All.Zip(Json.GetProperty("articles").EnumerateArray()))
        {
            var figures = json.GetProperty("figures").EnumerateArray().ToList();
            Assert.Equal(article.Figures.Select(f => (f.Span.Start, f.Span.Length)), Ranges(json, "figures"));
            Assert.Equal(article.Figures.Select(f => f.Value), figures.Select(f => f.GetProperty("value").GetDecimal()));
            Assert.Equal(article.Figures.Select(f => f.Counts), figures.Select(f => f.GetProperty("counts").GetString()));
        }
    }

    private static (int, int)[] Ranges(JsonElement article, string property) =>
        article.GetProperty(property).EnumerateArray().Select(r => (r.GetProperty("start").GetInt32(), r.GetProperty("length").GetInt32())).ToArray();

    private static JsonElement Extract()
    {
        var command = typeof(CliAgreementTests).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().Single(a => a.Key == "CorpusCommandPath").Value!;
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = System.Text.Encoding.UTF8 };
        foreach (var argument in new[] { command, "extract", Corpus.Testing.RepoPaths.Seeds, "--json" }) start.ArgumentList.Add(argument);
        using var process = System.Diagnostics.Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "corpus extract did not finish");
        Assert.True(process.ExitCode == 0, stderr.Result);
        using var document = JsonDocument.Parse(stdout);
        return document.RootElement.Clone();
    }
}
