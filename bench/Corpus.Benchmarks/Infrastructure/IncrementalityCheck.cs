using System;
using System.Collections.Immutable;
using System.Linq;
using Corpus.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Benchmarks.Infrastructure;

/// <summary>
/// Confirms, with step tracking on, that the edits the generator bench times re-run what they should:
/// one article's extraction and no naming step for an article edit; for an added quote, that extraction,
/// the quotes' and the people's naming steps and one article's emission; no extraction at all for a C# edit. A bench that timed
/// a cache miss as a cache hit (or the reverse) would report nonsense, so a surprise fails the setup.
/// </summary>
internal static class IncrementalityCheck
{
    public static string Run(int count)
    {
        var project = new ConsumerProject(BenchCorpus.Articles(count), trackSteps: true);
        var files = project.FreshFiles();
        var warm = project.Run(project.NewDriver(files), project.Compilation, out _);

        var original = files[count / 2 + 17];
        var edited = warm.ReplaceAdditionalText(original, new BenchArticle(original.Path, ConsumerProject.Edited(project.Articles[count / 2 + 17])));
        var afterArticle = project.Run(edited, project.Compilation, out _).GetRunResult().Results.Single();

        var quoted = warm.ReplaceAdditionalText(original, new BenchArticle(original.Path, ConsumerProject.EditedWithAQuote(project.Articles[count / 2 + 17])));
        var afterQuote = project.Run(quoted, project.Compilation, out _).GetRunResult().Results.Single();

        var tree = CSharpSyntaxTree.ParseText("namespace Consumer { public static class Edited { public static int Value => 42; } }", ConsumerProject.ParseOptions, path: "Edited.cs");
        var afterCSharp = project.Run(warm, project.Compilation.AddSyntaxTrees(tree), out _).GetRunResult().Results.Single();

        var articleRuns = ReRan(afterArticle, TrackingNames.Extraction);
        var articleEmits = ReRan(afterArticle, TrackingNames.ArticleEmission);
        var csharpRuns = ReRan(afterCSharp, TrackingNames.Extraction);
        var csharpEmits = ReRan(afterCSharp, TrackingNames.ArticleEmission);
        var naming = NamingRuns(afterArticle);
        var quoteRuns = ReRan(afterQuote, TrackingNames.Extraction);
        var quoteNaming = NamingRuns(afterQuote);
        var quoteEmits = NotCached(afterQuote, TrackingNames.ArticleEmission);
        var report = $"Incrementality at {count:N0} articles: an article edit re-ran {articleRuns} extraction(s), {articleEmits} emission(s) and the naming steps {naming}; " +
            $"adding a quote re-ran {quoteRuns} extraction(s), the naming steps {quoteNaming} and {quoteEmits} emission(s); " +
            $"a C# edit re-ran {csharpRuns} extraction(s) and {csharpEmits} emission(s).";
        var expectedQuoteNaming = $"{TrackingNames.QuoteNames}, {TrackingNames.People}";
        if (articleRuns != 1 || naming != "(none)" || quoteRuns != 1 || quoteNaming != expectedQuoteNaming || quoteEmits != 1 || csharpRuns != 0 || csharpEmits != 0)
        {
            throw new InvalidOperationException(report + $" Expected 1 and (none); then 1, {expectedQuoteNaming} and 1; then 0 and 0.");
        }
        return report;
    }

    private static readonly string[] NamingSteps =
    {
        TrackingNames.ArticleMembers, TrackingNames.FigureNames, TrackingNames.QuoteNames, TrackingNames.People,
    };

    // The naming steps that ran again, whatever their output: each costs a pass over the whole corpus.
    private static string NamingRuns(GeneratorRunResult result)
    {
        var ran = NamingSteps.Where(step => NotCached(result, step) > 0).ToList();
        return ran.Count == 0 ? "(none)" : string.Join(", ", ran);
    }

    // Run again at all, whatever the output: an emission that re-ran to equal code still cost its time.
    private static int NotCached(GeneratorRunResult result, string step) =>
        result.TrackedSteps.TryGetValue(step, out var runs)
            ? runs.SelectMany(r => r.Outputs).Count(o => o.Reason is not IncrementalStepRunReason.Cached)
            : 0;

    private static int ReRan(GeneratorRunResult result, string step) =>
        result.TrackedSteps.TryGetValue(step, out var runs)
            ? runs.SelectMany(r => r.Outputs).Count(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified)
            : 0;
}
