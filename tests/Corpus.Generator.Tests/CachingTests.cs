using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator.Tests;

/// <summary>
/// The generator runs on every keystroke in an IDE: an unchanged input must re-run nothing, an edited
/// article must re-run only that article, and editing C# code must re-run no extraction at all.
/// </summary>
public class CachingTests
{
    private const int ArticleCount = 1000;

    [Fact]
    public void SecondRunWithoutChangesIsEntirelyCached()
    {
        var harness = new GeneratorHarness(SyntheticArticles.Many(ArticleCount));
        harness.Run();
        var second = harness.Run();

        foreach (var step in TrackedStepNames)
        {
            Assert.All(Reasons(second, step), reason => Assert.Contains(reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
        }
        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void EditingOneArticleReRunsOnlyThatArticle()
    {
        var articles = SyntheticArticles.Many(ArticleCount);
        var harness = new GeneratorHarness(articles);
        harness.Run();

        harness.Replace(articles[417], SyntheticArticles.One(417, extra: "\nA further paragraph was added.\n"));
        var result = harness.Run();

        // Only the edited article's work is started, and only it is read again.
        foreach (var step in new[] { TrackingNames.ExtractionStarted, TrackingNames.Extraction })
        {
            var extraction = Reasons(result, step);
            Assert.Equal(ArticleCount, extraction.Count);
            Assert.Equal(1, extraction.Count(r => r == IncrementalStepRunReason.Modified));
            Assert.Equal(ArticleCount - 1, extraction.Count(r => r == IncrementalStepRunReason.Cached));
        }

        var emission = Reasons(result, TrackingNames.ArticleEmission);
        Assert.Equal(1, emission.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.DoesNotContain(IncrementalStepRunReason.New, emission);

        // The edit changed no name, so no naming step runs and the index is reused as it was.
        foreach (var step in NamingSteps)
        {
            Assert.All(Reasons(result, step), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        }
        Assert.All(Reasons(result, TrackingNames.CorpusIndexes), r => Assert.Contains(r, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));

        // 1,000 articles share 32 files: the edited article's file is the one made again.
        var buckets = Reasons(result, TrackingNames.Buckets);
        Assert.Equal(32, buckets.Count);
        Assert.Equal(1, buckets.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(31, buckets.Count(r => r == IncrementalStepRunReason.Unchanged));

        var sources = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        Assert.Equal(1, sources.Count(o => o.Reason == IncrementalStepRunReason.Modified));
    }

    /// <summary>
    /// Who speaks lives with the corpus's people, not in the articles' code: an edit that gives an article
    /// another "residents" (a name several people share) remakes the index and that article's file only.
    /// Only the quotes' and the people's naming steps run again; the quotes' table changed, so every
    /// article's names are looked up again, but only the edited article's code is written again: the
    /// others' lookups find the names they had.
    /// </summary>
    [Fact]
    public void AnEditThatAddsASpeakerRemakesOnlyThatArticlesFileAndTheIndex()
    {
        static string Residents(string place) => $"\n\u201C{place} flooded at night,\u201D residents said.\n";
        var articles = SyntheticArticles.Many(ArticleCount);
        articles[10] = SyntheticArticles.One(10, extra: Residents("Arden"));
        articles[600] = SyntheticArticles.One(600, extra: Residents("Belmont"));
        var harness = new GeneratorHarness(articles);
        harness.Run();

        harness.Replace(articles[417], SyntheticArticles.One(417, extra: Residents("Carrow")));
        var result = harness.Run();

        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(result, TrackingNames.CorpusIndexes));
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Reasons(result, TrackingNames.QuoteNames)));
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Reasons(result, TrackingNames.People)));
        Assert.Equal(IncrementalStepRunReason.Cached, Assert.Single(Reasons(result, TrackingNames.ArticleMembers)));
        Assert.Equal(IncrementalStepRunReason.Cached, Assert.Single(Reasons(result, TrackingNames.FigureNames)));
        var names = Reasons(result, TrackingNames.ArticleNames);
        Assert.Equal(1, names.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(ArticleCount - 1, names.Count(r => r == IncrementalStepRunReason.Unchanged));
        var emission = Reasons(result, TrackingNames.ArticleEmission);
        Assert.Equal(1, emission.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(ArticleCount - 1, emission.Count(r => r == IncrementalStepRunReason.Cached));
        var buckets = Reasons(result, TrackingNames.Buckets);
        Assert.Equal(1, buckets.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(31, buckets.Count(r => r == IncrementalStepRunReason.Unchanged));
    }

    /// <summary>
    /// A quote by someone new gives the corpus a person, and moves every later person's position: the
    /// people's members name their person rather than its position, so of the files of members only the
    /// one the new member's name falls in is written again, beside the edited article's file and the index.
    /// </summary>
    [Fact]
    public void AnEditThatAddsAPersonRewritesOneFileOfMembers()
    {
        var articles = SyntheticArticles.Many(ArticleCount);
        var harness = new GeneratorHarness(articles);
        harness.Run();

        harness.Replace(articles[417], SyntheticArticles.One(417, extra: "\n\u201CWe will rebuild the market,\u201D said Anneliese Vandermolen, the deputy mayor.\n"));
        var result = harness.Run();

        var files = Reasons(result, TrackingNames.PeopleFiles);
        Assert.True(files.Count >= 16, $"{files.Count} files of members");
        Assert.Equal(1, files.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(files.Count - 1, files.Count(r => r == IncrementalStepRunReason.Unchanged));
        var sources = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        Assert.Equal(3, sources.Count(o => o.Reason == IncrementalStepRunReason.Modified));
        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("public global::Corpus.Person AnnelieseVandermolen => Named(nameof(AnnelieseVandermolen));"));
    }

    /// <summary>
    /// Each naming step reads its own part of the articles: a new figure re-runs the figures' step alone,
    /// and new first words for a quote the quotes' step alone, not the people's (the same person said it).
    /// </summary>
    [Fact]
    public void EachNamingStepRunsOnlyForTheNamesItDecides()
    {
        static string Quote(string words) => $"\n\u201C{words},\u201D the mayor of District 8 said.\n";
        var articles = SyntheticArticles.Many(40);
        articles[8] = SyntheticArticles.One(8, extra: Quote("The roads are open"));
        var harness = new GeneratorHarness(articles);
        harness.Run();

        harness.Replace(articles[7], SyntheticArticles.One(7, extra: "\nPrices rose by 40 percent in a week.\n"));
        Assert.Equal(new[] { TrackingNames.FigureNames }, NamingStepsThatRan(harness.Run()));

        harness.Replace(articles[8], SyntheticArticles.One(8, extra: Quote("The bridges are closed")));
        Assert.Equal(new[] { TrackingNames.QuoteNames }, NamingStepsThatRan(harness.Run()));
    }

    private static IEnumerable<string> NamingStepsThatRan(GeneratorRunResult result) =>
        NamingSteps.Where(step => Reasons(result, step).Any(r => r != IncrementalStepRunReason.Cached));

    [Fact]
    public void EditingCSharpCodeReRunsNoExtraction()
    {
        var harness = new GeneratorHarness(SyntheticArticles.Many(ArticleCount));
        harness.Run();

        harness.AddCSharp("namespace Consumer { public static class Edited { public static int Value => 42; } }", "Edited.cs");
        var result = harness.Run();

        foreach (var step in TrackedStepNames)
        {
            Assert.All(Reasons(result, step), reason => Assert.Contains(reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
        }
        Assert.Equal(ArticleCount, Reasons(result, TrackingNames.Extraction).Count(r => r == IncrementalStepRunReason.Cached));
    }

    [Fact]
    public void AddingAnArticleExtractsOnlyTheNewOne()
    {
        var harness = new GeneratorHarness(SyntheticArticles.Many(50));
        harness.Run();

        harness.Add(SyntheticArticles.One(50));
        var result = harness.Run();

        foreach (var step in new[] { TrackingNames.ExtractionStarted, TrackingNames.Extraction })
        {
            var extraction = Reasons(result, step);
            Assert.Equal(1, extraction.Count(r => r == IncrementalStepRunReason.New));
            Assert.Equal(50, extraction.Count(r => r == IncrementalStepRunReason.Cached));
        }
        // Existing articles keep their names, so their sources are not regenerated.
        var emission = Reasons(result, TrackingNames.ArticleEmission);
        Assert.Equal(1, emission.Count(r => r == IncrementalStepRunReason.New));
        Assert.Equal(0, emission.Count(r => r == IncrementalStepRunReason.Modified));
    }

    private static readonly string[] NamingSteps =
    {
        TrackingNames.ArticleMembers, TrackingNames.FigureNames, TrackingNames.QuoteNames, TrackingNames.People,
    };

    private static readonly string[] TrackedStepNames =
    {
        TrackingNames.Options, TrackingNames.ArticleFiles, TrackingNames.ExtractionStarted, TrackingNames.Extraction,
        TrackingNames.ArticleKeysStarted, TrackingNames.ArticleKeys, TrackingNames.ArticleMembers, TrackingNames.FigureNames,
        TrackingNames.QuoteNames, TrackingNames.People, TrackingNames.ArticleNames, TrackingNames.ArticleEmissionStarted,
        TrackingNames.ArticleEmission, TrackingNames.Buckets, TrackingNames.CorpusIndexes, TrackingNames.PeopleFiles,
    };

    private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step)
    {
        Assert.True(result.TrackedSteps.ContainsKey(step), $"step {step} was not tracked");
        return result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
    }
}
