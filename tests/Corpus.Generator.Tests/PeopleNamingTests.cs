using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Tests.Infrastructure;

namespace Corpus.Generator.Tests;

/// <summary>
/// A <c>People</c> member names one person. A name the corpus gives to several people it keeps apart
/// (the residents of two different floods) names none of them, so no member can come to mean someone
/// else after an unrelated edit; they are all still in <c>People</c>, and every quote finds its speaker.
/// </summary>
public class PeopleNamingTests
{
    private const string Flood =
        "Flood waters rose across the valley on Tuesday.\n\n" +
        "\u201CWe will rebuild every home that was lost,\u201D Mayor Anna Kowalski said.\n\n" +
        "\u201CThe water came at night and took everything,\u201D residents said.\n";

    private const string Fire =
        "A forest fire reached the edge of the town on Friday.\n\n" +
        "\u201CWe saw the smoke for three days before anyone came,\u201D residents said.\n";

    private const string NamesBoth = "namespace Consumer { public static class Uses { public static object[] Both => new object[] { News.People.AnnaKowalski, News.People.Residents }; } }";

    [Fact]
    public void ANameOnlyOnePersonHasIsAMember()
    {
        var harness = new GeneratorHarness(new[] { TestArticle.Corpus("news/flood.txt", Flood) });
        harness.AddCSharp(NamesBoth, "Uses.cs");
        harness.Run();

        Assert.Empty(harness.CompilationProblems());
    }

    [Fact]
    public void ANameTwoPeopleShareNamesNeitherAndNoNumberedMemberStandsIn()
    {
        var flood = TestArticle.Corpus("news/flood.txt", Flood);
        var harness = new GeneratorHarness(new[] { flood });
        harness.AddCSharp(NamesBoth, "Uses.cs");
        harness.Run();
        Assert.Empty(harness.CompilationProblems());

        harness.Add(TestArticle.Corpus("news/fire.txt", Fire));
        harness.Run();

        var error = Assert.Single(harness.CompilationProblems());
        Assert.Equal("CS1061", error.Id);
        Assert.Contains("'Residents'", error.GetMessage());
        var members = PeopleMembers(harness);
        Assert.Contains("AnnaKowalski", members);
        Assert.DoesNotContain(members, m => m.StartsWith("Residents", System.StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void EveryQuoteStillFindsItsOwnSpeaker()
    {
        var harness = new GeneratorHarness(new[] { TestArticle.Corpus("news/flood.txt", Flood), TestArticle.Corpus("news/fire.txt", Fire) });
        harness.Run();

        var all = LoadedCorpus.All(harness, "Consumer.News");
        var (fire, flood) = (all[0], all[1]);
        var floodResidents = flood.Quotes.Single(q => q.Text.StartsWith("The water")).Speaker!;
        var fireResidents = fire.Quotes.Single().Speaker!;

        Assert.Equal("Anna Kowalski", flood.Quotes.Single(q => q.Text.StartsWith("We will")).Speaker!.Name);
        Assert.Equal("residents", floodResidents.Name, ignoreCase: true);
        Assert.Equal("residents", fireResidents.Name, ignoreCase: true);
        Assert.NotSame(floodResidents, fireResidents);
        Assert.Same(fire.Quotes.Single(), Assert.Single(fireResidents.Quotes));
        Assert.Equal(new[] { "The water came at night and took everything" }, floodResidents.Quotes.Select(q => q.Text));
    }

    private static List<string> PeopleMembers(GeneratorHarness harness) =>
        harness.Output.GetTypeByMetadataName("Consumer.News+PersonList")!
            .GetMembers().OfType<Microsoft.CodeAnalysis.IPropertySymbol>()
            .Where(p => p.Type.ToDisplayString() == "Corpus.Person")
            .Select(p => p.Name)
            .ToList();
}
