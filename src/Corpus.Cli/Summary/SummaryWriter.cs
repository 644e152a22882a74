using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Corpus.Cli.Reading;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Corpus.Cli.Summary;

/// <summary>The readable output: a table of the articles, then one of the diagnostics, if any.</summary>
internal sealed class SummaryWriter : IArticleOutput
{
    private readonly TextWriter _output;
    private readonly List<ExtractedArticle> _articles = new();

    public SummaryWriter(TextWriter output) => _output = output;

    public void Add(ExtractedArticle article) => _articles.Add(article);

    public void Finish(IReadOnlyList<ArticleDiagnostic> diagnostics)
    {
        var console = TextConsole.Create(_output);
        console.Write(Articles());
        if (diagnostics.Count > 0)
        {
            console.WriteLine();
            console.Write(Diagnostics(diagnostics));
        }
        console.WriteLine(
            $"{Count(_articles.Count, "article")}, {Count(diagnostics.Count, "diagnostic")}",
            new Style(decoration: Decoration.Dim));
        _output.Flush();
    }

    private Table Articles()
    {
        var table = new Table()
            .AddColumn(new TableColumn("id").NoWrap())
            .AddColumn("title")
            .AddColumn(Numeric("paragraphs"))
            .AddColumn(Numeric("sentences"))
            .AddColumn(Numeric("words"))
            .AddColumn(Numeric("quotes"))
            .AddColumn(Numeric("figures"));
        foreach (var article in _articles)
        {
            var model = article.Model;
            table.AddRow(
                Plain(article.File.Id),
                Plain(model.Header.Title),
                Number(model.Paragraphs.Count),
                Number(model.Sentences.Count),
                Number(model.WordCount),
                Number(model.Quotes.Count),
                Number(model.Figures.Count));
        }
        return table;
    }

    private static Table Diagnostics(IReadOnlyList<ArticleDiagnostic> diagnostics)
    {
        var table = new Table()
            .AddColumn(new TableColumn("id").NoWrap())
            .AddColumn("severity")
            .AddColumn(new TableColumn("where").NoWrap())
            .AddColumn("message");
        foreach (var diagnostic in diagnostics)
        {
            table.AddRow(
                Plain(diagnostic.Id),
                Plain(diagnostic.Severity.ToString().ToLowerInvariant()),
                Plain($"{diagnostic.Path}:{diagnostic.Line}:{diagnostic.Column}"),
                Plain(diagnostic.Message));
        }
        return table;
    }

    private static TableColumn Numeric(string header) => new TableColumn(header).RightAligned();

    // Text, not markup: a headline with [brackets] is not a style.
    private static IRenderable Plain(string value) => new Text(value);

    private static IRenderable Number(int value) => new Text(value.ToString(CultureInfo.InvariantCulture));

    private static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");
}
