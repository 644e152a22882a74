using BenchmarkDotNet.Attributes;

namespace Corpus.Benchmarks;

/// <summary>
/// The generator at 1,000 articles (see <see cref="GeneratorRuns"/>). Targets: an article edit at most 2 %
/// and a C# edit at most 1 % of the full run, with no extraction re-run (checked in the setup).
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
[MemoryDiagnoser]
public class GeneratorBenchmarks : GeneratorRuns
{
    [Params(1000)]
    public int Articles { get; set; }

    protected override int Count => Articles;

    protected override bool CheckIncrementality => true;
}
