using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Corpus.Benchmarks.Infrastructure;

namespace Corpus.Benchmarks;

/// <summary>
/// The engine on one thread over 1,000 synthesized articles (about 4.5 MB): what every full build and
/// every `corpus extract` pays per MB. Target: at least 50 MB/s.
/// </summary>
[Config(typeof(Config))]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
[MemoryDiagnoser]
public class EngineThroughputBenchmarks
{
    public const int ArticleCount = 1000;

    private (string Path, string Text)[] _articles = null!;

    [GlobalSetup]
    public void Setup() => _articles = EngineRuns.Articles(ArticleCount);

    [Benchmark(Description = "ArticleReader.Read x 1,000")]
    public int ReadThousandArticles() => EngineRuns.ReadAll(_articles);

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(PerMegabyteColumn.Size(_ => BenchCorpus.Bytes(ArticleCount)));
            AddColumn(PerMegabyteColumn.Throughput(_ => BenchCorpus.Bytes(ArticleCount)));
        }
    }
}
