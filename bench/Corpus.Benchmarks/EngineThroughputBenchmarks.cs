using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Corpus.Benchmarks.Infrastructure;
using Corpus.Extraction;
using Corpus.Extraction.Model;

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
    public void Setup() => _articles = BenchCorpus.Articles(ArticleCount).Select(a => (a.Path, a.Text)).ToArray();

    [Benchmark(Description = "ArticleReader.Read x 1,000")]
    public int ReadThousandArticles()
    {
        var sentences = 0;
        foreach (var (path, text) in _articles)
        {
            sentences += ArticleReader.Read(path, text, ArticleMetadata.None).Sentences.Count;
        }
        return sentences;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(PerMegabyteColumn.Size(_ => BenchCorpus.Bytes(ArticleCount)));
            AddColumn(PerMegabyteColumn.Throughput(_ => BenchCorpus.Bytes(ArticleCount)));
        }
    }
}
