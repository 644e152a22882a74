using System.Collections.Generic;
using System.IO;
using System.Linq;
using Corpus.Extraction.Model;
using Corpus.Extraction.People;
using Corpus.Testing;

namespace Corpus.Extraction.Tests.Quotes;

/// <summary>One person per real person across the corpus, whatever the order of the articles.</summary>
public sealed class PeopleLinkerTests
{
    private static (string, ArticleQuotes) Article(string id, string text, bool lines = false) => (id, QuoteTesting.Read(text, lines));

    private static (string, ArticleQuotes) Seed(string prefix) =>
        Article(prefix, File.ReadAllText(RepoPaths.Seed(prefix)), lines: true);

    [Fact]
    public void The_seeds_share_their_people_and_their_agency()
    {
        var people = PeopleLinker.Link(new[] { Seed("000"), Seed("003") });

        var otunbayeva = Assert.Single(people, p => p.Aliases.Contains("Ms. Otunbayeva"));
        Assert.Equal(SpeakerKind.Person, otunbayeva.Kind);
        Assert.Equal("Rosa Otunbayeva", otunbayeva.Name);
        Assert.Contains("Roza Otunbayeva", otunbayeva.Aliases);
        Assert.Contains("Otunbayeva", otunbayeva.Aliases);
        Assert.Contains("the interim leader", otunbayeva.Aliases);
        Assert.Contains("the interim President", otunbayeva.Aliases);
        Assert.Contains("Kyrgyz interim leader", otunbayeva.Roles);
        Assert.Equal(new[] { "000", "003" }, otunbayeva.References.Select(r => r.ArticleId).Distinct());
        Assert.Equal(7, otunbayeva.References.Count);

        var agency = Assert.Single(people, p => p.Name == "ITAR-TASS news agency");
        Assert.Equal(SpeakerKind.Organisation, agency.Kind);
        Assert.Contains("Itar-Tass news agency", agency.Aliases);
        Assert.All(agency.References, r => Assert.Equal(ReferenceRole.Via, r.Role));
        Assert.Equal(3, agency.References.Count);

        var medvedev = Assert.Single(people, p => p.Name == "Dmitry Medvedev");
        Assert.Contains("the Russian president", medvedev.Aliases);
        Assert.Equal(6, medvedev.References.Count);

        Assert.Single(people, p => p.Name == "a senior military official" && p.Kind == SpeakerKind.Description);
        Assert.Equal(people.Count, people.Select(p => p.Key).Distinct().Count());
        Assert.Equal("rosa-otunbayeva", otunbayeva.Key);
    }

    /// <summary>
    /// A caller that worked out something per speaker when each article was read (the generator's member
    /// names) uses it for a person of one speaker: the linker says which speaker that is, by its position
    /// in the list the caller gave, whatever the order of that list and with nothing at some places.
    /// </summary>
    [Fact]
    public void Says_where_the_one_speaker_of_a_person_is()
    {
        var prepared = new[] { Seed("000"), Seed("003") }.Select(a => PeopleLinker.Prepare(a.Item1, a.Item2)).ToList();
        var articles = new List<LinkableArticle> { prepared[1], null!, prepared[0] };

        var people = PeopleLinker.Link(articles, out var soleSpeakers);

        Assert.Equal(PeopleLinker.Link(prepared), people);
        Assert.Equal(people.Count, soleSpeakers.Count);
        for (var p = 0; p < people.Count; p++)
        {
            if (people[p].Speakers.Count > 1)
            {
                Assert.Equal(SpeakerPosition.None, soleSpeakers[p]);
                continue;
            }
            var article = articles[soleSpeakers[p].Article];
            var speaker = article.Speakers[soleSpeakers[p].Speaker];
            Assert.Equal(people[p].Speakers[0], new SpeakerReference(article.ArticleId, speaker.Name));
            Assert.Equal(speaker.OtherForms, people[p].Aliases);
        }
        Assert.Contains(soleSpeakers, position => position == SpeakerPosition.None);
        Assert.Contains(soleSpeakers, position => position.Article == 0);
        Assert.Contains(soleSpeakers, position => position.Article == 2);
    }

    [Fact]
    public void Every_quote_of_every_article_has_its_speaker_among_the_people()
    {
        var articles = new[] { Seed("000"), Seed("003") };
        var people = PeopleLinker.Link(articles);
        foreach (var (id, quotes) in articles)
        {
            for (var i = 0; i < quotes.Quotes.Count; i++)
            {
                if (quotes.Quotes[i].Speaker is null) continue;
                Assert.Single(people, p => p.References.Contains(new PersonReference(id, i, ReferenceRole.Speaker)));
            }
        }
    }

    [Fact]
    public void The_result_does_not_depend_on_the_order_of_the_articles()
    {
        var articles = new List<(string, ArticleQuotes)>
        {
            Seed("000"),
            Seed("003"),
            Article("a", "“We will appeal,” said Bill Clinton. Hillary Clinton said the ruling was wrong."),
            Article("b", "Clinton said the case was closed."),
        };
        var forward = PeopleLinker.Link(articles);
        articles.Reverse();
        var backward = PeopleLinker.Link(articles);
        Assert.Equal(forward, backward);
    }

    [Theory]
    [InlineData("Rosa Otunbayeva", "Roza Otunbayeva", true)]
    [InlineData("Dmitry Medvedev", "Dmitri Medvedev", true)]
    [InlineData("Mohammed Morsi", "Muhammad Morsi", true)]
    [InlineData("J. Smith", "John Smith", true)]
    [InlineData("Roza Otunbayeva", "Roza Otunbaeva", true)]
    [InlineData("Bill Clinton", "Hillary Clinton", false)]
    [InlineData("Anna Berg", "Lars Berg", false)]
    public void Named_people_link_by_surname_and_compatible_given_names(string first, string second, bool same)
    {
        var people = PeopleLinker.Link(new[]
        {
            Article("a", $"“We will win,” said {first}."),
            Article("b", $"“We will win,” said {second}."),
        });
        Assert.Equal(same ? 1 : 2, people.Count);
    }

    [Fact]
    public void A_surname_alone_joins_the_one_person_of_that_name()
    {
        var people = PeopleLinker.Link(new[]
        {
            Article("a", "“We are ready,” said Kurmanbek Bakiyev, 60."),
            Article("b", "“We are not ready,” said Mr. Bakiyev."),
        });
        var person = Assert.Single(people);
        Assert.Equal("Kurmanbek Bakiyev", person.Name);
        Assert.Contains("Mr. Bakiyev", person.Aliases);
    }

    [Fact]
    public void A_surname_alone_stays_apart_when_two_people_have_it()
    {
        var people = PeopleLinker.Link(new[]
        {
            Article("a", "“We will appeal,” said Bill Clinton. “We will not,” said Hillary Clinton."),
            Article("b", "“It is over,” said Mr. Clinton."),
        });
        Assert.Equal(3, people.Count);
    }

    [Fact]
    public void Organisations_link_by_name_but_generic_offices_do_not()
    {
        var people = PeopleLinker.Link(new[]
        {
            Article("a", "The Kremlin said talks were over. The health ministry said 14 people had died."),
            Article("b", "The talks were over, the Kremlin said. The health ministry said 20 people had died."),
        });
        Assert.Single(people, p => p.Name == "Kremlin");
        Assert.Equal(2, people.Count(p => p.Name == "health ministry"));
        Assert.Equal(new[] { "health-ministry", "health-ministry-2", "kremlin" }, people.Select(p => p.Key).OrderBy(k => k, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Anonymous_sources_never_link_across_articles()
    {
        var people = PeopleLinker.Link(new[]
        {
            Article("a", "The army will withdraw, a senior military official said."),
            Article("b", "The army will stay, a senior military official said."),
        });
        Assert.Equal(2, people.Count);
        Assert.All(people, p => Assert.Equal(SpeakerKind.Description, p.Kind));
    }

    /// <summary>
    /// People who share a name are told apart by where they first speak: the one of the article first in
    /// path order keeps the plain key, whatever the order the articles come in (one path a prefix of another
    /// included).
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void People_who_share_a_name_are_numbered_in_the_order_they_first_speak(bool reversed)
    {
        var articles = new[]
        {
            Article("news/b", "The army will stay, a senior military official said."),
            Article("news/a-b", "The army will regroup, a senior military official said."),
            Article("news/a", "The army will withdraw, a senior military official said."),
        };
        var people = PeopleLinker.Link(reversed ? articles.Reverse() : articles);

        Assert.Equal(
            new[] { ("a-senior-military-official", "news/a"), ("a-senior-military-official-2", "news/a-b"), ("a-senior-military-official-3", "news/b") },
            people.Select(p => (p.Key, p.References[0].ArticleId)));
    }

    /// <summary>
    /// People are ordered by name, then by where they first speak as the string article + U+0001 + the name
    /// used there ("" for someone who never speaks), and people alike in both keep the order they came in.
    /// </summary>
    [Fact]
    public void People_are_ordered_by_name_then_by_where_they_first_speak()
    {
        static PersonModel Person(string name, string? article = null, string? speaker = null) => new(
            "", SpeakerKind.Description, name, EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<PersonReference>.Empty,
            article is null ? EquatableArray<SpeakerReference>.Empty : new EquatableArray<SpeakerReference>(new[] { new SpeakerReference(article, speaker!) }));
        var inB = Person("a source", "news/b", "a source");
        var inA = Person("a source", "news/a", "a source");
        var anna = Person("Anna");
        var inAB = Person("a source", "news/a-b", "x");
        var shorterName = Person("a source", "news/a", "a sourc");
        var alsoInA = Person("a source", "news/a", "a source");
        var silent = Person("a source");
        // The only character that sorts below the separator: this id sorts before news/a's.
        var inNul = Person("a source", "news/a\u0000", "a source");

        var people = new List<PersonModel> { inB, inA, anna, inAB, shorterName, alsoInA, silent, inNul };
        var ordered = PeopleLinker.InOrder(people).Select(position => people[position]).ToList();

        var expected = new[] { anna, silent, inNul, shorterName, inA, alsoInA, inAB, inB };
        Assert.Equal(expected.Length, ordered.Count);
        for (var i = 0; i < expected.Length; i++) Assert.Same(expected[i], ordered[i]);
    }

    /// <summary>
    /// A person quoted in one article (most people) is made straight from what the article gave the
    /// linker, and must look as one quoted in several does: other forms sorted and each once, roles
    /// sorted and each once ignoring case, quotes in order.
    /// </summary>
    [Fact]
    public void A_person_of_one_article_shows_their_forms_and_roles_as_a_person_of_many_does()
    {
        static (string, ArticleQuotes) Quoted(string article)
        {
            var speaker = new SpeakerModel(SpeakerKind.Person, "Anna Lis",
                new[] { "the mayor", "Lis", "Ms. Lis", "Lis", "Anna Lis" }.ToEquatableArray(),
                new[] { "mayor", "Deputy", "Mayor", "deputy" }.ToEquatableArray(),
                EquatableArray<TextRange>.Empty);
            static QuoteModel Quote(string? speaker, string? via = null) => new(QuoteKind.Direct, default, null, null, speaker, via, null);
            return (article, new ArticleQuotes(
                new[] { Quote("Anna Lis"), Quote(null), Quote("Anna Lis", via: "Anna Lis") }.ToEquatableArray(),
                new[] { speaker }.ToEquatableArray(),
                EquatableArray<Finding>.Empty));
        }

        var alone = Assert.Single(PeopleLinker.Link(new[] { Quoted("a") }));
        var twice = Assert.Single(PeopleLinker.Link(new[] { Quoted("b"), Quoted("a") }));

        Assert.Equal(new[] { "Lis", "Ms. Lis", "the mayor" }, alone.Aliases);
        Assert.Equal(new[] { "Deputy", "Mayor" }, alone.Roles);
        Assert.Equal(
            new[] { new PersonReference("a", 0, ReferenceRole.Speaker), new PersonReference("a", 2, ReferenceRole.Speaker), new PersonReference("a", 2, ReferenceRole.Via) },
            alone.References);
        Assert.Equal(new[] { new SpeakerReference("a", "Anna Lis") }, alone.Speakers);
        Assert.Equal(alone.Aliases, twice.Aliases);
        Assert.Equal(alone.Roles, twice.Roles);
        Assert.Equal(alone.References.Concat(alone.References.Select(r => r with { ArticleId = "b" })), twice.References);

        // A kind the linker does not know reads as a description, alone or not.
        var unknown = new SpeakerModel((SpeakerKind)7, "someone", EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<TextRange>.Empty);
        var quotes = new ArticleQuotes(EquatableArray<QuoteModel>.Empty, new[] { unknown }.ToEquatableArray(), EquatableArray<Finding>.Empty);
        Assert.Equal(SpeakerKind.Description, Assert.Single(PeopleLinker.Link(new[] { ("c", quotes) })).Kind);
    }

    /// <summary>
    /// Two articles of one id are ordered by their speakers' names as each article lists them, a name
    /// listed twice included, whatever order they come in: here the article that lists "Officials" second
    /// comes first, so its residents are the first "Residents".
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Articles_that_share_an_id_are_ordered_by_every_name_they_list(bool reversed)
    {
        static SpeakerModel Residents(string name) =>
            new(SpeakerKind.Description, name, EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<TextRange>.Empty);
        static QuoteModel Quote(string speaker) => new(QuoteKind.Direct, default, null, null, speaker, null, null);
        var listedTwice = ("news/a.txt", new ArticleQuotes(
            new[] { Quote("Residents") }.ToEquatableArray(),
            new[] { Residents("Residents"), Residents("Residents") }.ToEquatableArray(),
            EquatableArray<Finding>.Empty));
        var withOfficials = ("news/a.txt", new ArticleQuotes(
            new[] { Quote("Officials"), Quote("Residents") }.ToEquatableArray(),
            new[] { Residents("Residents"), Residents("Officials") }.ToEquatableArray(),
            EquatableArray<Finding>.Empty));
        var articles = reversed ? new[] { withOfficials, listedTwice } : new[] { listedTwice, withOfficials };

        var people = PeopleLinker.Link(articles);

        Assert.Equal(new[] { new PersonReference("news/a.txt", 1, ReferenceRole.Speaker) }, people.Single(p => p.Key == "residents").References);
        Assert.Equal(new[] { new PersonReference("news/a.txt", 0, ReferenceRole.Speaker) }, people.Single(p => p.Key == "residents-2").References);
    }

    [Fact]
    public void No_articles_make_no_people() => Assert.Empty(PeopleLinker.Link(System.Array.Empty<(string, ArticleQuotes)>()));
}
