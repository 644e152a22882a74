using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Corpus.Extraction;
using Corpus.Extraction.Model;
using Corpus.Extraction.Text;
using Corpus.Testing;

namespace Corpus.Cli.Tests;

public sealed class ExtractJsonTests
{
    [Fact]
    public void Seeds_give_valid_json_with_every_field_of_the_contract()
    {
        var run = CliRun.In(RepoPaths.Root, "extract", "seeds", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        using var document = JsonDocument.Parse(run.Stdout);
        JsonContract.AssertDocument(document.RootElement);
        var articles = document.RootElement.GetProperty("articles").EnumerateArray().ToArray();
        Assert.Equal(
            new[] { "000_dcf93b46243cb9cc", "003_65d72a984a2ce250" },
            articles.Select(article => article.GetProperty("id").GetString()));
        Assert.Equal(
            new[] { "seeds/000_dcf93b46243cb9cc.txt", "seeds/003_65d72a984a2ce250.txt" },
            articles.Select(article => article.GetProperty("path").GetString()));
    }

    [Theory]
    [InlineData("000")]
    [InlineData("003")]
    public void Text_is_the_files_text_and_every_span_is_the_engines(string seed)
    {
        var path = RepoPaths.Seed(seed);
        // The seeds are plain UTF-8, so the framework's reader is an independent account of their text.
        var fileText = File.ReadAllText(path, new UTF8Encoding(false, true));
        var model = ArticleReader.Read(path, fileText, ArticleMetadata.None);

        var run = CliRun.Of("extract", path, "--json");

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Stdout);
        var article = document.RootElement.GetProperty("articles").EnumerateArray().Single();
        var text = article.GetProperty("text").GetString()!;
        Assert.Equal(fileText, text);
        Assert.Equal(
            model.Paragraphs.Select(range => Slice(fileText, range)),
            article.GetProperty("paragraphs").EnumerateArray().Select(span => Slice(text, span)));
        Assert.Equal(
            model.Sentences.Select(sentence => (Slice(fileText, sentence.Range), sentence.Paragraph)),
            article.GetProperty("sentences").EnumerateArray().Select(span => (Slice(text, span), span.GetProperty("paragraph").GetInt32())));
        Assert.Equal(model.WordCount, article.GetProperty("wordCount").GetInt32());
        Assert.Equal(model.Header.Title, article.GetProperty("title").GetString());
        foreach (var quoteOrFigure in article.GetProperty("quotes").EnumerateArray().Concat(article.GetProperty("figures").EnumerateArray()))
        {
            Assert.Equal(quoteOrFigure.GetProperty("text").GetString(), Slice(text, quoteOrFigure));
        }
    }

    [Fact]
    public void Text_is_the_engines_decoding_of_the_files_bytes()
    {
        using var folder = new TempFolder();
        const string prose = "“Prices rose,” she said — 5% in a year.\nSecond line.";
        folder.Write("utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(prose)]);
        folder.Write("utf8bom.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(prose)]);
        byte[] notUtf8 = [0x93, .. "Caf"u8, 0xE9, 0x94];
        folder.Write("notutf8.txt", notUtf8);

        var run = CliRun.In(folder.Path, "extract", ".", "--json");

        using var document = JsonDocument.Parse(run.Stdout);
        var texts = document.RootElement.GetProperty("articles").EnumerateArray()
            .ToDictionary(article => article.GetProperty("id").GetString()!, article => article.GetProperty("text").GetString());
        // A byte order mark decides the encoding, and is not part of the text.
        Assert.Equal(prose, texts["utf16"]);
        Assert.Equal(prose, texts["utf8bom"]);
        Assert.Equal(ArticleDecoder.Decode(notUtf8).Text, texts["notutf8"]);
    }

    [Fact]
    public void Two_runs_are_byte_identical_whatever_order_the_files_were_made_in()
    {
        var files = new[] { ("b.txt", "Bravo."), ("a/z.txt", "Zulu."), ("a.txt", "Alpha."), ("c/d/e.txt", "Echo."), ("notes.md", "Not an article.") };
        using var first = new TempFolder();
        using var second = new TempFolder();
        foreach (var (path, text) in files) first.Write(path, text);
        foreach (var (path, text) in files.Reverse()) second.Write(path, text);

        var run = CliRun.In(first.Path, "extract", ".", "--json");
        var again = CliRun.In(first.Path, "extract", ".", "--json");
        var elsewhere = CliRun.In(second.Path, "extract", ".", "--json");

        Assert.Equal(run.Stdout, again.Stdout);
        Assert.Equal(run.Stdout, elsewhere.Stdout);
        using var document = JsonDocument.Parse(run.Stdout);
        var articles = document.RootElement.GetProperty("articles").EnumerateArray().ToArray();
        Assert.Equal(new[] { "a", "a/z", "b", "c/d/e" }, articles.Select(article => article.GetProperty("id").GetString()));
        Assert.Equal(new[] { "a.txt", "a/z.txt", "b.txt", "c/d/e.txt" }, articles.Select(article => article.GetProperty("path").GetString()));
    }

    [Fact]
    public void Files_read_on_every_core_are_printed_and_their_diagnostics_told_in_the_files_order()
    {
        using var folder = new TempFolder();
        var expectedIds = new List<string>();
        var expectedDiagnostics = new List<string>();
        for (var i = 0; i < 120; i++)
        {
            // Long and short files alternate, so later files are often read before earlier ones.
            var body = string.Concat(Enumerable.Repeat($"Officials in town {i} said 40 people were hurt. ", i % 3 == 0 ? 400 : 1));
            // An unclosed quotation mark is a finding (CORPUS003) in every fifth file.
            if (i % 5 == 0) body += "\n\n\u201CWe will stay, the mayor said.";
            var id = $"article{i:D3}";
            folder.Write(id + ".txt", body);
            expectedIds.Add(id);
            if (i % 5 == 0) expectedDiagnostics.Add(id + ".txt");
        }

        var run = CliRun.In(folder.Path, "extract", ".", "--json");

        Assert.Equal(expectedIds, Ids(run));
        using var document = JsonDocument.Parse(run.Stdout);
        var diagnostics = document.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("path").GetString()).ToArray();
        Assert.Equal(expectedDiagnostics, diagnostics);
    }

    [Fact]
    public void Pattern_and_recursive_choose_which_files_of_a_folder_are_read()
    {
        using var folder = new TempFolder();
        folder.Write("top.txt", "Top.");
        folder.Write("top.md", "Top, in markdown.");
        folder.Write("sub/deep.md", "Deep, in markdown.");

        Assert.Equal(new[] { "sub/deep", "top" }, Ids(CliRun.In(folder.Path, "extract", ".", "--json", "--pattern", "*.md")));
        Assert.Equal(new[] { "top" }, Ids(CliRun.In(folder.Path, "extract", ".", "--json", "--pattern", "*.md", "--recursive", "false")));
        Assert.Equal(new[] { "top" }, Ids(CliRun.In(folder.Path, "extract", ".", "--json")));
    }

    [Fact]
    public void A_missing_path_is_reported_and_the_other_files_are_still_printed()
    {
        var missing = Path.Combine(RepoPaths.Seeds, "missing.txt");

        var run = CliRun.Of("extract", RepoPaths.Seed("000"), missing, RepoPaths.Seed("003"), "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"corpus: cannot read '{missing}': no such file or directory", run.Stderr.Trim());
        Assert.Equal(new[] { "000_dcf93b46243cb9cc", "003_65d72a984a2ce250" }, Ids(run));
    }

    [Fact]
    public void An_empty_path_is_missing_not_the_working_directory()
    {
        var run = CliRun.In(RepoPaths.Root, "extract", "", "seeds/000_dcf93b46243cb9cc.txt", "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("corpus: cannot read '': no such file or directory", run.Stderr.Trim());
        Assert.Equal(new[] { "000_dcf93b46243cb9cc" }, Ids(run));
    }

    [Fact]
    public void Findings_become_diagnostics_with_one_based_lines_and_columns()
    {
        using var folder = new TempFolder();
        folder.Write("empty.txt", System.Array.Empty<byte>());
        // 0xFF is in no UTF-8 text: it decodes to U+FFFD, which the engine reports where it stands.
        folder.Write("invalid.txt", [.. "One.\nTwo "u8, 0xFF, .. ".\n"u8]);

        var run = CliRun.In(folder.Path, "extract", ".", "--json");

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Stdout);
        JsonContract.AssertDocument(document.RootElement);
        Assert.Equal(new[] { "empty", "invalid" }, Ids(run));
        var diagnostics = document.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (Id: d.GetProperty("id").GetString(), Path: d.GetProperty("path").GetString(), Line: d.GetProperty("line").GetInt32(), Column: d.GetProperty("column").GetInt32()))
            .ToArray();
        Assert.Contains(("CORPUS002", "empty.txt", 1, 1), diagnostics);
        Assert.Contains(("CORPUS005", "invalid.txt", 2, 5), diagnostics);
    }

    private static string[] Ids(CliRun run)
    {
        using var document = JsonDocument.Parse(run.Stdout);
        return document.RootElement.GetProperty("articles").EnumerateArray().Select(article => article.GetProperty("id").GetString()!).ToArray();
    }

    private static string Slice(string text, TextRange range) => text.Substring(range.Start, range.Length);

    private static string Slice(string text, JsonElement span) =>
        text.Substring(span.GetProperty("start").GetInt32(), span.GetProperty("length").GetInt32());
}
