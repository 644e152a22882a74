using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Corpus.Benchmarks.Infrastructure;

namespace Corpus.Benchmarks;

/// <summary>
/// The engine's first pass over 2,000 synthesized articles in a fresh process, JIT compilation and tiering
/// included: what csc pays when it runs the generator without a warm compiler server (CI, a first build).
/// Compare with <see cref="EngineThroughputBenchmarks"/>, the same work warm.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 6, warmupCount: 0, iterationCount: 1)]
public class EngineColdStartBenchmarks
{
    public const int ArticleCount = 2000;

    private (string Path, string Text)[] _articles = null!;

    [GlobalSetup]
    public void Setup() => _articles = EngineRuns.Articles(ArticleCount);

    [Benchmark(Description = "ArticleReader.Read x 2,000, first pass")]
    public int ReadTwoThousandArticlesCold() => EngineRuns.ReadAll(_articles);
}
