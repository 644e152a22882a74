using System.Globalization;
using System.Linq;

namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>Small distinct articles in bulk, for tests that care about many files rather than their prose.</summary>
internal static class SyntheticArticles
{
    public static TestArticle[] Many(int count, string folder = "news") =>
        Enumerable.Range(0, count).Select(i => One(i, folder)).ToArray();

    public static TestArticle One(int i, string folder = "news", string? extra = null) =>
        TestArticle.Corpus(
            $"{folder}/story-{i.ToString("D4", CultureInfo.InvariantCulture)}.txt",
            Text(i) + (extra ?? ""));

    public static string Text(int i) =>
        $"Officials in District {i} said on Monday that {i + 3} people had been evacuated.\n\n" +
        $"\u201CWe are doing everything we can,\u201D the mayor of District {i} said.\n";
}
