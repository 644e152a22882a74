using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Corpus.Extraction.Model;
using Corpus.Generator.Model;
using Corpus.Generator.Naming;
using Corpus.Generator.Parsing;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;

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

    /// <summary>The people's list keeps its data in a constant named <c>Records</c>: someone called that gets another name.</summary>
    [Theory]
    [InlineData("Records")]
    [InlineData("ReadConstant")]
    [InlineData("Named")]
    public void APersonNamedLikeTheListsDataStillCompiles(string name)
    {
        var archive = $"The city archive burned on Monday.\n\n\u201CNothing could be saved from the basement,\u201D {name} said.\n";
        var harness = new GeneratorHarness(new[] { TestArticle.Corpus("news/archive.txt", archive) });
        harness.Run();

        Assert.Empty(harness.CompilationProblems());
        var people = harness.Output.GetTypeByMetadataName("Consumer.News+PersonList")!;
        Assert.Contains(people.GetMembers(), m => m.Name == name + "_2");
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

    /// <summary>The people's data is read the same from code in C# 7.3, which has no raw literals.</summary>
    [Theory]
    [InlineData(LanguageVersion.Latest)]
    [InlineData(LanguageVersion.CSharp7_3)]
    public void EveryQuoteStillFindsItsOwnSpeaker(LanguageVersion languageVersion)
    {
        var harness = new GeneratorHarness(new[] { TestArticle.Corpus("news/flood.txt", Flood), TestArticle.Corpus("news/fire.txt", Fire) }, languageVersion: languageVersion);
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

    /// <summary>Two files may share an id (news/a.txt, news/a.md): each quote still finds its own speaker.</summary>
    [Fact]
    public void ArticlesThatShareAnIdKeepTheirOwnSpeakers()
    {
        var harness = new GeneratorHarness(new[] { TestArticle.Corpus("news/a.txt", Flood), TestArticle.Corpus("news/a.md", Fire.Replace("residents said", "Fire Chief Piotr Nowak said")) });
        harness.Run();

        var all = LoadedCorpus.All(harness, "Consumer.News");
        Assert.Equal(all[0].Id, all[1].Id);
        var fire = all.Single(a => a.Path.EndsWith(".md", System.StringComparison.Ordinal));
        var flood = all.Single(a => a.Path.EndsWith(".txt", System.StringComparison.Ordinal));
        Assert.Equal("Piotr Nowak", fire.Quotes.Single().Speaker!.Name);
        Assert.Equal("Anna Kowalski", flood.Quotes.Single(q => q.Text.StartsWith("We will")).Speaker!.Name);
        Assert.Same(fire.Quotes.Single(), Assert.Single(fire.Quotes.Single().Speaker!.Quotes));
    }

    /// <summary>
    /// Another spelling of a full name is a member only for a person who has one, and only if no one
    /// else has that spelling too.
    /// </summary>
    [Fact]
    public void AnAliasIsAMemberOnlyOfAPersonWithAMemberAndOnlyIfItIsTheirsAlone()
    {
        var table = NamingTableBuilder.Build(ImmutableArray.Create(
            // Kept apart by the linker, and one name once in identifier form: neither has a member.
            Key("a", ("Mary O'Brien", new[] { "Mary Kate O'Brien" })),
            Key("b", ("Mary OBrien", new string[0])),
            // Two people with a spelling in common.
            Key("c", ("Jan Nowak", new[] { "Chief Warden" })),
            Key("d", ("Olga Lis", new[] { "Chief Warden" })),
            Key("e", ("Piotr Zielinski", new[] { "Piotr Zielinsky" }))));

        var people = table.Corpora.Single().People;
        Assert.Equal(new[] { "", "" }, people.Where(p => p.Name.StartsWith("Mary")).Select(p => p.Member));
        Assert.Equal(new[] { "JanNowak", "OlgaLis" }, people.Where(p => p.Name is "Jan Nowak" or "Olga Lis").Select(p => p.Member).OrderBy(m => m));
        Assert.Equal(new[] { "PiotrZielinsky" }, people.Where(p => p.Name.StartsWith("Piotr")).SelectMany(p => p.AliasMembers));
        Assert.Equal(new[] { "PiotrZielinsky" }, people.SelectMany(p => p.AliasMembers));
    }

    /// <summary>
    /// Each article works out its speakers' member bases when it is read, so that naming the corpus after
    /// an edit does no string work for people of one speaker (most people). Over synthesized articles of
    /// every house style, the people are named as they are from bases worked out when naming.
    /// </summary>
    [Fact]
    public void PeopleNamedFromTheBasesTheirArticlesPreparedAreNamedAsWithout()
    {
        var articles = Scale.SynthesizedCorpus.Articles(300).Append(TestArticle.Corpus("articles/summit.txt",
            "The summit ended without a statement on Monday.\n\n" +
            "\u201CThe talks will go on in the spring,\u201D a senior Latvian diplomat said.\n")).ToArray();
        var options = new TestOptionsProvider(new Dictionary<string, string> { ["RootNamespace"] = "Consumer" });
        foreach (var article in articles) options.Add(article.Path, article.Metadata);
        var keys = articles
            .Select(a => ArticleExtraction.Extract(ArticleFileReader.TryRead(a, options.GetOptions(a))!, System.Threading.CancellationToken.None))
            .Select(e => CorpusGenerator.ToKey(e, NamedMembersOptions.All))
            .ToList();
        var prepared = keys.Select(k => new PlacedPeople(k.Place, k.People)).ToList();
        var unprepared = keys.Select(k => new PlacedPeople(k.Place, k.People with { Bases = EquatableArray<SpeakerBases>.Empty })).ToList();

        var people = PeopleTable.Build(prepared).Single().Entries;

        Assert.Equal(PeopleTable.Build(unprepared).Single().Entries, people);
        // The corpus has what the bases decide: a description after "a", and people with other full names.
        Assert.Equal("SeniorLatvianDiplomat", Assert.Single(people, p => p.Name == "a senior Latvian diplomat").Member);
        Assert.Contains(people, p => p.AliasMembers.Count > 0);
    }

    /// <summary>A person's quotes are found article by article; an article known by the empty path is one too.</summary>
    [Fact]
    public void TheQuotesOfAnArticleWithoutAPathKeepTheirSpeaker()
    {
        var speakers = Corpus.Extraction.People.PeopleLinker.Prepare(
            "",
            new[] { new QuoteModel(Corpus.Extraction.Model.QuoteKind.Direct, default, null, null, "Anna Lis", null, null) },
            new[] { new SpeakerModel(SpeakerKind.Person, "Anna Lis", EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<TextRange>.Empty) });

        var people = PeopleTable.Build(new[] { new PlacedPeople(new ArticlePlace("", "", "News", ""), PeopleTable.Prepare(speakers)) }).Single().Entries;

        Assert.Equal(new[] { 0, 0 }, Assert.Single(people).Quotes.ToArray());
    }

    private static ArticleKey Key(string id, (string Name, string[] Aliases) speaker) => new(
        new ArticlePlace($"/project/news/{id}.txt", $"news/{id}.txt", "News", id),
        EquatableArray<string>.Empty,
        new[] { "" }.ToEquatableArray(),
        PeopleTable.Prepare(Corpus.Extraction.People.PeopleLinker.Prepare(
            $"news/{id}.txt",
            new[] { new QuoteModel(Corpus.Extraction.Model.QuoteKind.Direct, default, null, null, speaker.Name, null, null) },
            new[] { new SpeakerModel(speaker.Name == "Residents" ? SpeakerKind.Description : SpeakerKind.Person, speaker.Name, speaker.Aliases.ToEquatableArray(), EquatableArray<string>.Empty, EquatableArray<TextRange>.Empty) })));

    private static List<string> PeopleMembers(GeneratorHarness harness) =>
        harness.Output.GetTypeByMetadataName("Consumer.News+PersonList")!
            .GetMembers().OfType<Microsoft.CodeAnalysis.IPropertySymbol>()
            .Where(p => p.Type.ToDisplayString() == "Corpus.Person")
            .Select(p => p.Name)
            .ToList();
}
