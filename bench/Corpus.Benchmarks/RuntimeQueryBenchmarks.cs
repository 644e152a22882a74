using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Corpus.Benchmarks.Infrastructure;

namespace Corpus.Benchmarks;

/// <summary>What the runtime queries go over: quotes (once the emitter carries them), sentences, figures.</summary>
public enum QueryItems
{
    Quotes,
    Sentences,
    Figures,
}

/// <summary>
/// A LINQ query over every quote or figure of a 10,000-article corpus (sentences too, with
/// <c>QueryItems.Sentences</c>), against what a user would otherwise write: read the same files at
/// start-up, run the engine, then query. Each side starts from nothing: a freshly loaded corpus assembly,
/// or code that has read nothing (the files are in the OS cache for both). The corpus is timed to its
/// first and to its full answer. Target: the corpus at least 100x faster to the first answer. The Ratio
/// column is against the start-up code.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3, invocationCount: 1)]
public class RuntimeQueryBenchmarks
{
    private string _image = "";
    private string _folder = "";
    private CompiledCorpus.Loaded? _loaded;
    private Func<object?> _first = null!;
    private Func<int> _every = null!;

    [Params(10000)]
    public int Articles { get; set; }

    [Params(QueryItems.Quotes, QueryItems.Figures)]
    public QueryItems Items { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _image = CompiledCorpus.ImagePath(Articles);
        _folder = ArticleFolder.Of(Articles);
    }

    [IterationSetup(Targets = new[] { nameof(CorpusFirstAnswer), nameof(CorpusEveryAnswer) })]
    public void Load()
    {
        _loaded = CompiledCorpus.Load(_image);
        _first = _loaded.Probe<object?>("First" + Singular());
        _every = _loaded.Probe<int>("Every" + Singular());
    }

    [IterationCleanup(Targets = new[] { nameof(CorpusFirstAnswer), nameof(CorpusEveryAnswer) })]
    public void Unload()
    {
        _loaded?.Dispose();
        _loaded = null;
    }

    /// <summary>
    /// Both answers of the start-up code: once every file is read and every article extracted, the first
    /// and the full answer are microseconds apart, so one measurement stands for both.
    /// </summary>
    [Benchmark(Baseline = true, Description = "Start-up read + engine, then the query")]
    public (object? First, int Every) Startup()
    {
        var corpus = StartupCorpus.Load(_folder);
        return Items switch
        {
            QueryItems.Quotes => (corpus.FirstQuote(), corpus.EveryQuote()),
            QueryItems.Sentences => (corpus.FirstSentence(), corpus.EverySentence()),
            _ => (corpus.FirstFigure(), corpus.EveryFigure()),
        };
    }

    [Benchmark(Description = "Corpus LINQ, first answer")]
    public object? CorpusFirstAnswer() => _first();

    [Benchmark(Description = "Corpus LINQ, every answer")]
    public int CorpusEveryAnswer() => _every();

    private string Singular() => Items switch
    {
        QueryItems.Quotes => "Quote",
        QueryItems.Sentences => "Sentence",
        _ => "Figure",
    };
}
