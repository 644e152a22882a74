using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Corpus.Benchmarks.Infrastructure;
using Corpus.Extraction;
using Corpus.Extraction.Model;

namespace Corpus.Benchmarks;

/// <summary>
/// Whether the engine stays linear: the cost per MB of a typical article, a 1 MB and a 10 MB article,
/// and of 100,000 quotation marks (paired, unpaired, straight). A flat ms/MB column is the goal; a
/// column that grows with size is a quadratic path somewhere.
/// </summary>
[Config(typeof(Config))]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
[MemoryDiagnoser]
public class EngineLinearityBenchmarks
{
    private string _text = "";

    [Params(
        LongArticleShape.Typical, LongArticleShape.OneMegabyte, LongArticleShape.TenMegabytes,
        LongArticleShape.PairedQuoteMarks, LongArticleShape.UnpairedQuoteMarks, LongArticleShape.StraightQuoteMarks)]
    public LongArticleShape Shape { get; set; }

    [GlobalSetup]
    public void Setup() => _text = LongArticle.Of(Shape);

    [Benchmark(Description = "ArticleReader.Read")]
    public int Read() => ArticleReader.Read("long.txt", _text, ArticleMetadata.None).Sentences.Count;

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(PerMegabyteColumn.Size(ShapeBytes));
            AddColumn(PerMegabyteColumn.CostPerMegabyte(ShapeBytes));
            AddColumn(PerMegabyteColumn.Throughput(ShapeBytes));
        }

        private static long ShapeBytes(BenchmarkDotNet.Running.BenchmarkCase benchmarkCase) =>
            LongArticle.Bytes((LongArticleShape)benchmarkCase.Parameters["Shape"]);
    }
}
