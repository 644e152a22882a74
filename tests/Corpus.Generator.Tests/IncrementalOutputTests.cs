using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Tests.Infrastructure;

namespace Corpus.Generator.Tests;

/// <summary>
/// What the caching tests cannot see: a step that misses an update. After each edit a user makes, one
/// after another in one driver, the files are exactly those a first build of the result gives. The
/// corpus is past the sizes where articles share files (256) and the people's members spread over files.
/// </summary>
public class IncrementalOutputTests
{
    private const int ArticleCount = 280;

    [Fact]
    public void EveryEditGivesWhatAFreshBuildGives()
    {
        var articles = SyntheticArticles.Many(ArticleCount);
        var properties = new Dictionary<string, string> { ["RootNamespace"] = "Consumer" };
        var current = properties;
        var harness = new GeneratorHarness(articles, properties, trackSteps: false);
        harness.Run();
        void SetProperties(Dictionary<string, string> changed)
        {
            current = changed;
            harness.SetProperties(changed);
        }

        var edits = new (string Edit, Action Apply)[]
        {
            ("a sentence that changes no name", () => Replace(harness, 17, "\nA further paragraph was added.\n")),
            ("a quote by someone new", () => Replace(harness, 40, "\n\u201CThe bridge will reopen,\u201D said Anneliese Vandermolen, the deputy mayor.\n")),
            ("that person renamed", () => Replace(harness, 40, "\n\u201CThe bridge will reopen,\u201D said Annelise Vandermolen, the deputy mayor.\n")),
            ("that quote's first words changed", () => Replace(harness, 40, "\n\u201CThe tunnel will reopen,\u201D said Annelise Vandermolen, the deputy mayor.\n")),
            ("a figure", () => Replace(harness, 41, "\nPrices rose by 40 percent in a week.\n")),
            ("an article removed", () => harness.Remove(harness.Files.Single(f => f.Path.EndsWith("story-0043.txt", StringComparison.Ordinal)))),
            ("an article added", () => harness.Add(SyntheticArticles.One(ArticleCount))),
            ("quotes no longer named", () => SetProperties(With(properties, "CorpusNamedQuotes", "false"))),
            ("people no longer named", () => SetProperties(With(properties, "CorpusNamedPeople", "false"))),
            ("everything named again", () => SetProperties(properties)),
        };

        foreach (var (edit, apply) in edits)
        {
            apply();
            var incremental = Sources(harness.Run());

            var fresh = new GeneratorHarness(harness.Files, current, trackSteps: false);
            Assert.True(fresh.Run().GeneratedSources.Length > ArticleCount / 32, edit);
            Assert.Equal(Sources(fresh.Driver.GetRunResult().Results.Single()), incremental);
        }
    }

    private static void Replace(GeneratorHarness harness, int article, string extra)
    {
        var path = SyntheticArticles.One(article).Path;
        harness.Replace(harness.Files.Single(f => f.Path == path), SyntheticArticles.One(article, extra: extra));
    }

    private static Dictionary<string, string> With(Dictionary<string, string> properties, string key, string value) =>
        new(properties) { [key] = value };

    private static List<string> Sources(Microsoft.CodeAnalysis.GeneratorRunResult result) =>
        result.GeneratedSources
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .Select(s => s.HintName + "\n" + s.SourceText)
            .ToList();
}
