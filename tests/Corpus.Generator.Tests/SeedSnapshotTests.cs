using System.Linq;
using Corpus.Generator.Tests.Infrastructure;

namespace Corpus.Generator.Tests;

public class SeedSnapshotTests
{
    [Fact]
    public void GeneratesSeeds()
    {
        var harness = new GeneratorHarness(Seeds.Articles());
        var result = harness.Run();

        Snapshot.MatchRun(result, nameof(SeedSnapshotTests), nameof(GeneratesSeeds));
        Assert.Equal(
            new[] { "Seeds.Article000Dcf93b46243cb9cc.g.cs", "Seeds.Article003_65d72a984a2ce250.g.cs", "Seeds.People.g.cs", "Seeds.g.cs" }.OrderBy(h => h, System.StringComparer.Ordinal),
            result.GeneratedSources.Select(s => s.HintName).OrderBy(h => h, System.StringComparer.Ordinal));
    }
}
