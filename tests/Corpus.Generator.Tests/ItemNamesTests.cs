using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Extraction.Model;
using Corpus.Generator.Model;
using Corpus.Generator.Naming;

namespace Corpus.Generator.Tests;

/// <summary>
/// Figures and quotes are named by looking each name up once, and gathering the names taken so far only
/// when a name the lists reserve comes. The result must be the plain rule's: in <c>All</c> order, a name
/// no other item has (ignoring case and a keyword's <c>@</c>) is taken, numbered from <c>_2</c> when the
/// lists or an earlier item took it; a shared or empty name is no member.
/// </summary>
public sealed class ItemNamesTests
{
    // Reserved names each in one spelling (a second spelling would share them away), the forms numbering
    // makes of them, keywords, and names shared in another case.
    private static readonly string[] Vocabulary =
    {
        "Count", "Count_2", "Count_3", "Item", "item_2", "Records", "@Named", "ReadConstant_2", "@class", "Class",
        "Killed40", "Killed40_2", "WeWillRebuild", "wewillrebuild", "SecondDay", "", "GetEnumerator",
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Names_as_the_plain_rule_does(int seed)
    {
        var random = new Random(seed);
        // Mostly names of their own, so that few are shared and a reserved one comes among names taken before it.
        var articles = Enumerable.Range(0, 30)
            .Select(a => new PlacedNames(
                new ArticlePlace($"/p/news/{a:D2}.txt", $"news/{a:D2}.txt", "News", $"{a:D2}"),
                Enumerable.Range(0, random.Next(0, 5))
                    .Select(_ => random.Next(4) == 0 ? Vocabulary[random.Next(Vocabulary.Length)] : $"Figure{random.Next(1000)}")
                    .ToEquatableArray()))
            .ToList();

        var table = ItemNames.Build(articles);

        var expected = PlainRule(articles);
        foreach (var article in articles)
        {
            Assert.Equal(expected[article.Place.Path], table.Articles.Find(article.Place.Path)!.Members.ToArray());
        }
    }

    public static IEnumerable<object[]> Seeds() => Enumerable.Range(1, 40).Select(seed => new object[] { seed });

    [Fact]
    public void A_reserved_name_is_numbered_past_the_names_taken_before_it()
    {
        var articles = new[]
        {
            new PlacedNames(new ArticlePlace("/p/news/a.txt", "news/a.txt", "News", "a"), new[] { "Count_2", "Killed40" }.ToEquatableArray()),
            new PlacedNames(new ArticlePlace("/p/news/b.txt", "news/b.txt", "News", "b"), new[] { "count", "Count_3" }.ToEquatableArray()),
        };

        var table = ItemNames.Build(articles);

        Assert.Equal(new[] { "Count_2", "Killed40" }, table.Articles.Find("/p/news/a.txt")!.Members.ToArray());
        Assert.Equal(new[] { "count_3", "Count_3_2" }, table.Articles.Find("/p/news/b.txt")!.Members.ToArray());
    }

    // The rule as first written: every name taken in order, through one set of the names taken so far.
    private static Dictionary<string, string[]> PlainRule(IEnumerable<PlacedNames> articles)
    {
        var ordered = articles.OrderBy(a => a.Place.DisplayPath, StringComparer.Ordinal).ToList();
        var uses = ordered.SelectMany(a => a.Names).Where(n => n.Length > 0)
            .GroupBy(n => n.TrimStart('@'), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        var taken = new HashSet<string>(ReservedNames.InLists, StringComparer.OrdinalIgnoreCase);
        var members = new Dictionary<string, string[]>();
        foreach (var article in ordered)
        {
            members[article.Place.Path] = article.Names.Select(name =>
            {
                if (name.Length == 0 || uses[name.TrimStart('@')] > 1) return "";
                var stem = name.TrimStart('@');
                if (taken.Add(stem)) return name;
                for (var n = 2; ; n++)
                {
                    if (taken.Add(stem + "_" + n)) return stem + "_" + n;
                }
            }).ToArray();
        }
        return members;
    }
}
