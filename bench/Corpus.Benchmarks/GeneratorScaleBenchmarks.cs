using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Corpus.Benchmarks;

/// <summary>
/// The generator at 10,000 articles (see <see cref="GeneratorRuns"/>), one operation per iteration: a full
/// run is meant to take about a second, so many invocations per iteration add nothing. Target: the full
/// run at most 2 s. The tracked incrementality check is left to the 1,000 bench and the caching tests.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class GeneratorScaleBenchmarks : GeneratorRuns
{
    [Params(10000)]
    public int Articles { get; set; }

    protected override int Count => Articles;

    protected override bool CheckIncrementality => false;
}
