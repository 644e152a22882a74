using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Corpus.Generator.Tests.Infrastructure;

namespace Corpus.Generator.Tests;

/// <summary>The generated code, compiled and run: texts come back exact and spans index into them.</summary>
public class RuntimeTests
{
    [Fact]
    public void SeedArticlesRoundTripThroughTheAssembly()
    {
        var articles = Seeds.Articles();
        var harness = new GeneratorHarness(articles);
        harness.Run();

        var all = LoadedCorpus.All(harness, "Consumer.Seeds");

        Assert.Equal(2, all.Count);
        for (var i = 0; i < articles.Length; i++)
        {
            var article = all[i];
            Assert.Equal(articles[i].GetText()!.ToString(), article.Text);
            Assert.Equal("Seeds", article.Corpus);
            Assert.All(article.Paragraphs, p => Assert.True(p.Span.End <= article.Text.Length));
            Assert.All(article.Sentences, s => Assert.True(s.Paragraph.Span.Contains(s.Span)));
            Assert.Same(article, all[i]);
        }
        Assert.Equal(new[] { "000_dcf93b46243cb9cc", "003_65d72a984a2ce250" }, all.Select(a => a.Id));
    }

    [Fact]
    public void ATextThatChangedAfterCompilationIsRefusedClearly()
    {
        var harness = new GeneratorHarness(new[] { TestArticle.Corpus("seeds/a.txt", "Original text.\n") });
        harness.Run();

        var all = LoadedCorpus.All(harness, "Consumer.Seeds", _ => Encoding.UTF8.GetBytes("Edited text!!!\n"));

        var error = Assert.Throws<System.InvalidOperationException>(() => all[0].Text);
        Assert.Contains("seeds/a.txt", error.Message);
    }

    [Fact]
    public void ParallelFirstAccessMaterializesOneInstance()
    {
        var harness = new GeneratorHarness(SyntheticArticles.Many(64));
        harness.Run();
        var all = LoadedCorpus.All(harness, "Consumer.News");

        var seen = new global::Corpus.Article[16][];
        Parallel.For(0, seen.Length, t => seen[t] = Enumerable.Range(0, all.Count).Select(i => all[(i * 7 + t) % all.Count]).OrderBy(a => a.Id).ToArray());

        for (var t = 1; t < seen.Length; t++)
        {
            for (var i = 0; i < all.Count; i++) Assert.Same(seen[0][i], seen[t][i]);
        }
    }

    // The runtime reads through every person's record for who said what, and one person's record whole
    // when they are asked for: both must agree, whatever the names hold (escaped characters included).
    [Fact]
    public void EveryQuoteOfAPersonHasThemAsItsSpeaker()
    {
        var articles = Enumerable.Range(0, 12).Select(i => TestArticle.Corpus($"news/{i:00}.txt",
            $"Talks went on in the capital on day {i}.\n\n" +
            $"\u201CWe will stay here,\u201D said Zo\u00EB \u00C5ngstr\u00F6m-\u0141ukasiewicz, the regional governor.\n\n" +
            $"\u201CNothing has changed,\u201D said Marcus Obi, a spokesman for the {(i % 2 == 0 ? "ministry" : "Ministry of Health")}.\n\n" +
            $"\u201CThe roads are closed,\u201D a police officer said. \u201CWe are waiting.\u201D\n")).ToArray();
        var harness = new GeneratorHarness(articles);
        harness.Run();
        var corpus = LoadedCorpus.Type(harness, "Consumer.News");
        var all = (System.Collections.Generic.IReadOnlyList<global::Corpus.Article>)corpus.GetProperty("All")!.GetValue(null)!;
        var people = (System.Collections.Generic.IReadOnlyList<global::Corpus.Person>)corpus.GetProperty("People")!.GetValue(null)!;

        Assert.Contains(people, p => p.Name == "Zo\u00EB \u00C5ngstr\u00F6m-\u0141ukasiewicz");
        var spoken = all.SelectMany(a => a.Quotes).Where(q => q.Speaker is not null).ToList();
        Assert.True(spoken.Count >= 24, $"{spoken.Count} quotes with a speaker");
        foreach (var person in people)
        {
            Assert.False(string.IsNullOrEmpty(person.Name));
            Assert.All(person.Quotes, q => Assert.Same(person, q.Speaker));
        }
        Assert.Equal(spoken.Count, people.Sum(p => p.Quotes.Count));
    }

    private static readonly string[] GivenNames =
    {
        "Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hassan", "Ingrid", "Jonas", "Katya", "Luis", "Marta",
        "Nikolai", "Olga", "Pavel", "Rosa", "Sergei", "Tamara", "Umar", "Vera", "Wanda", "Yusuf", "Zara", "Aliya",
    };

    private static readonly string[] Surnames =
    {
        "Novak", "Petrov", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Haddad", "Kowalski", "Brennan", "Castillo", "Dubois", "Eriksen",
        "Fischer", "Gallagher", "Horvath", "Ivanova", "Jensen", "Keller", "Larsen", "Mendes", "Nakamura", "Ortega", "Popescu", "Quinn", "Rahimi",
    };

    /// <summary>
    /// The people's data is read in blocks, and who said each quote in blocks of articles found by path:
    /// with more people and more articles than one block holds, each quote still has the speaker its
    /// article names, whatever its path holds, and a quote nobody is known to have said has none, whether
    /// its article's path sorts before every article with a speaker, between them or after them all.
    /// </summary>
    [Fact]
    public void SpeakersAndPeopleAreFoundAcrossBlocks()
    {
        var expected = new System.Collections.Generic.Dictionary<string, string?>();
        var articles = Enumerable.Range(0, 620).Select(i =>
        {
            if (i % 7 == 6)
            {
                var unspoken = $"news/{(i % 3 == 0 ? "0" : i % 3 == 1 ? "a" : "\U0001F600")}-{i:000}-unspoken.txt";
                expected[unspoken] = null;
                return TestArticle.Corpus(unspoken, $"Traffic stopped in the capital on day {i}.\n\n\u201CThe roads are closed.\u201D\n");
            }
            // Paths whose ordinal order is not their numeric one, with characters the data escapes.
            var path = $"news/{(i % 3 == 0 ? "Z" : i % 3 == 1 ? "a" : "\u00FC")}{(i % 5 == 0 ? "~" : "-")}{i:000}.txt";
            var (given, surname) = (GivenNames[i % GivenNames.Length], Surnames[i / GivenNames.Length % Surnames.Length]);
            expected[path] = $"{given} {surname}";
            return TestArticle.Corpus(path,
                $"Officials met in the capital on day {i}.\n\n" +
                $"\u201CWe will stay here,\u201D said {given} {surname}, the regional governor.\n\n" +
                $"\u201CNothing has changed,\u201D {surname} said.\n");
        }).ToArray();
        var harness = new GeneratorHarness(articles);
        harness.Run();
        var corpus = LoadedCorpus.Type(harness, "Consumer.News");
        var all = (System.Collections.Generic.IReadOnlyList<global::Corpus.Article>)corpus.GetProperty("All")!.GetValue(null)!;
        var people = (System.Collections.Generic.IReadOnlyList<global::Corpus.Person>)corpus.GetProperty("People")!.GetValue(null)!;

        var spokenIn = expected.Values.Count(name => name is not null);
        Assert.True(spokenIn > 2 * 256, $"{spokenIn} articles with a speaker");
        Assert.True(people.Count > 2 * 256, $"{people.Count} people");
        Assert.Equal(expected.Count, all.Count);
        foreach (var article in all)
        {
            if (expected[article.Path] is { } name)
            {
                Assert.Equal(2, article.Quotes.Count);
                Assert.All(article.Quotes, q => Assert.Equal(name, q.Speaker?.Name));
            }
            else
            {
                Assert.Null(Assert.Single(article.Quotes).Speaker);
            }
        }
        foreach (var person in people) Assert.All(person.Quotes, q => Assert.Same(person, q.Speaker));
        Assert.Equal(2 * spokenIn, people.Sum(p => p.Quotes.Count));

        // Each member finds its person by its name, across several files of members and blocks of the table.
        var members = people.GetType().GetProperties().Where(p => p.PropertyType == typeof(global::Corpus.Person) && p.GetIndexParameters().Length == 0).ToList();
        Assert.Equal(people.Count, members.Count);
        Assert.True(members.Count > 2 * 256, $"{members.Count} members");
        Assert.True(harness.Run().GeneratedSources.Count(s => s.HintName.StartsWith("News.People.", System.StringComparison.Ordinal)) > 2);
        foreach (var member in members)
        {
            var person = (global::Corpus.Person)member.GetValue(people)!;
            Assert.Equal(member.Name, person.Name.Replace(" ", ""));
            Assert.Same(person, people.Single(p => p.Name == person.Name));
        }
    }

    /// <summary>A member its data does not list (generated code out of step with itself) fails saying so, not with another person.</summary>
    [Fact]
    public void AMemberTheDataDoesNotListFailsClearly()
    {
        var people = new PeopleWithAnUnlistedMember();

        var error = Assert.Throws<System.InvalidOperationException>(() => people.Nobody);
        Assert.Contains("names a person 'Nobody' its data does not list", error.Message);
        Assert.Contains("rebuild", error.Message);
    }

    private sealed class PeopleWithAnUnlistedMember : global::Corpus.Runtime.PersonItems
    {
        public PeopleWithAnUnlistedMember()
            : base(1, System.Array.Empty<global::Corpus.Article>())
        {
        }

        public global::Corpus.Person Nobody => Named(nameof(Nobody));

        // A table of members with no block: nobody is listed.
        protected override string ReadConstant(string name) =>
            name == "Members_Index" ? "0" : throw new System.InvalidOperationException("unexpected constant " + name);
    }

    /// <summary>
    /// A list of people generated for the first data format reads its data through a member this
    /// runtime no longer calls: reading a person or a speaker fails with the way out, not a misreading.
    /// </summary>
    [Fact]
    public void PeopleOfTheFirstFormatAreRefusedClearly()
    {
        var people = new FirstFormatPeople();

        var error = Assert.Throws<System.InvalidOperationException>(() => people[0]);
        Assert.Contains("carries corpus data of format 1, generated by an earlier version of Corpus", error.Message);
        Assert.Contains(typeof(FirstFormatPeople).FullName!, error.Message);
    }

    private sealed class FirstFormatPeople : global::Corpus.Runtime.PersonItems
    {
        public FirstFormatPeople()
            : base(1, System.Array.Empty<global::Corpus.Article>())
        {
        }
    }
}
