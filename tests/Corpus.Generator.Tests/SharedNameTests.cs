using System.Linq;
using Corpus.Generator.Tests.Infrastructure;

namespace Corpus.Generator.Tests;

/// <summary>
/// A named figure or quote is one figure or quote. When a second article gives another the same name,
/// neither keeps a member (no <c>SecondDay_2</c> that an unrelated edit could move): code that named
/// the first stops compiling, and both are still in <c>Figures</c> and <c>Quotes</c>.
/// </summary>
public class SharedNameTests
{
    private const string Flood =
        "Flood waters rose across the valley for the second day on Tuesday, leaving 40 people dead.\n\n" +
        "\u201CWe will rebuild every home that was lost,\u201D Mayor Anna Kowalski said.\n";

    private const string Fire =
        "A forest fire burned for the second day on Friday, and 300 people were evacuated.\n\n" +
        "\u201CWe will rebuild every home that was lost,\u201D Mayor Anna Kowalski said again.\n";

    private const string UserCode =
        "namespace Consumer { public static class Uses { public static object[] Named => new object[] { " +
        "News.Figures.SecondDay, News.Figures.Figure40PeopleDead, News.Quotes.KowalskiWeWillRebuildEveryHome }; } }";

    [Fact]
    public void ASecondFigureOrQuoteOfTheSameNameTakesTheNameAwayFromBoth()
    {
        var harness = new GeneratorHarness(new[] { TestArticle.Corpus("news/flood.txt", Flood) });
        harness.AddCSharp(UserCode, "Uses.cs");
        harness.Run();
        Assert.Empty(harness.CompilationProblems());

        harness.Add(TestArticle.Corpus("news/fire.txt", Fire));
        harness.Run();

        var problems = harness.CompilationProblems();
        Assert.Equal(2, problems.Count());
        Assert.All(problems, p => Assert.Equal("CS1061", p.Id));
        Assert.Contains(problems, p => p.GetMessage().Contains("'SecondDay'"));
        Assert.Contains(problems, p => p.GetMessage().Contains("'KowalskiWeWillRebuildEveryHome'"));
        var members = harness.Output.GetTypeByMetadataName("Consumer.News+FigureList")!.GetMembers().Select(m => m.Name).ToList();
        Assert.Contains("Figure40PeopleDead", members);
        Assert.Contains("Figure300PeopleEvacuated", members);
        Assert.DoesNotContain(members, m => m.StartsWith("SecondDay", System.StringComparison.Ordinal));
    }

    [Fact]
    public void FiguresAndQuotesWithoutAMemberAreStillInTheCorpus()
    {
        var harness = new GeneratorHarness(new[] { TestArticle.Corpus("news/flood.txt", Flood), TestArticle.Corpus("news/fire.txt", Fire) });
        harness.Run();

        var corpus = LoadedCorpus.Type(harness, "Consumer.News");
        var figures = (System.Collections.Generic.IEnumerable<global::Corpus.Figure>)corpus.GetProperty("Figures")!.GetValue(null)!;
        var quotes = (System.Collections.Generic.IEnumerable<global::Corpus.Quote>)corpus.GetProperty("Quotes")!.GetValue(null)!;

        Assert.Equal(2, figures.Count(f => f.Kind == global::Corpus.FigureKind.Ordinal && f.Value == 2));
        Assert.Equal(2, quotes.Count(q => q.Text.StartsWith("We will rebuild", System.StringComparison.Ordinal)));
    }
}
