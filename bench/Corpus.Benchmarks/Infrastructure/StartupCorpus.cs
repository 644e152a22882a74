using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Corpus.Extraction;
using Corpus.Extraction.Model;

namespace Corpus.Benchmarks.Infrastructure;

/// <summary>
/// What a user would write without Corpus: read every file of the folder at start-up, run the engine
/// on each, then query the models. The same queries as <see cref="ProbeSource"/>.
/// </summary>
internal sealed class StartupCorpus
{
    private readonly List<(string Text, ArticleModel Model)> _articles;

    private StartupCorpus(List<(string Text, ArticleModel Model)> articles) => _articles = articles;

    public static StartupCorpus Load(string folder) =>
        new(Directory.EnumerateFiles(folder, "*.txt")
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path =>
            {
                var text = File.ReadAllText(path);
                return (text, ArticleReader.Read(path, text, ArticleMetadata.None));
            })
            .ToList());

    public object? FirstQuote() => Quotes().FirstOrDefault(q => q.Contains(ProbeSource.QuoteWord, StringComparison.Ordinal));

    public int EveryQuote() => Quotes().Count(q => q.Contains(ProbeSource.QuoteWord, StringComparison.Ordinal));

    public object? FirstSentence() => Sentences().FirstOrDefault(s => s.Contains(ProbeSource.SentenceWord, StringComparison.Ordinal));

    public int EverySentence() => Sentences().Count(s => s.Contains(ProbeSource.SentenceWord, StringComparison.Ordinal));

    public object? FirstFigure() => _articles.SelectMany(a => a.Model.Figures).FirstOrDefault(f => f.Value > ProbeSource.FigureAbove);

    public int EveryFigure() => _articles.SelectMany(a => a.Model.Figures).Count(f => f.Value > ProbeSource.FigureAbove);

    private IEnumerable<string> Quotes() =>
        _articles.SelectMany(a => a.Model.Quotes.Select(q => a.Text.Substring(q.Range.Start, q.Range.Length)));

    private IEnumerable<string> Sentences() =>
        _articles.SelectMany(a => a.Model.Sentences.Select(s => a.Text.Substring(s.Range.Start, s.Range.Length)));
}
