using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Corpus.Extraction.Model;
using Corpus.Extraction.People;

namespace Corpus.Extraction.Tests.People;

/// <summary>Named people join by surname and given name, with work that grows with the people, not their pairs.</summary>
public sealed class NamedPeopleLinkerTests
{
    private static readonly string[] GivenNames = { "Anna", "Boris", "Carla", "Dmitri", "A.", "Dmitry" };

    // Each name its own article's speaker, so that names written alike stay two nodes.
    private static LinkableSpeaker Speaker(string name) => PeopleLinker.Prepare("article", System.Array.Empty<QuoteModel>(), new[]
    {
        new SpeakerModel(SpeakerKind.Person, name, EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<TextRange>.Empty),
    }).Speakers[0];

    private static (int[] People, int Comparisons) Link(params string[] names)
    {
        var sets = new DisjointSets(names.Length);
        var linker = new NamedPeopleLinker();
        linker.Link(names.Select(Speaker).ToList(), sets, CancellationToken.None);
        return (Enumerable.Range(0, names.Length).Select(sets.Find).ToArray(), linker.Comparisons);
    }

    [Fact]
    public void A_transliterated_surname_alone_joins_the_one_person_of_that_surname()
    {
        var (people, _) = Link("Rosa Otunbayeva", "Otunbaeva", "Roza Otunbayeva");

        Assert.Single(people.Distinct());
    }

    [Fact]
    public void People_whose_surnames_differ_in_their_first_two_letters_stay_apart()
    {
        var (people, _) = Link("Rosa Otunbayeva", "Rosa Oxunbayeva", "Rosa Tunbayeva");

        Assert.Equal(3, people.Distinct().Count());
    }

    [Fact]
    public void A_given_name_that_folds_to_nothing_matches_any_given_name()
    {
        var (people, _) = Link("Bill Clinton", ". Clinton", "Hillary Clinton");

        Assert.Single(people.Distinct());
    }

    [Fact]
    public void Compatible_given_names_join_across_spellings_of_the_surname()
    {
        var (people, _) = Link("Dmitry Medvedev", "D. Medvedyev", "Dmitri Medvedyev", "Svetlana Medvedeva");

        Assert.Equal(new[] { 0, 0, 0, 3 }, people);
    }

    [Fact]
    public void The_people_do_not_depend_on_the_order_of_the_speakers()
    {
        var names = Corpus(300).ToArray();
        var forward = Link(names).People;
        var backward = Link(names.Reverse().ToArray()).People.Reverse().ToArray();

        Assert.Equal(Partition(forward), Partition(backward));
    }

    [Fact]
    public void The_work_grows_linearly_with_the_people()
    {
        var (_, small) = Link(Corpus(2_000).ToArray());
        var (_, large) = Link(Corpus(8_000).ToArray());

        Assert.True(small > 0);
        // Four times the people, all in one bucket of the old two-letter scheme, make 16 times the pairs;
        // the work may grow four times, and a little for the odd surnames that share a deletion.
        Assert.InRange(large, 0, 4.5 * small);
    }

    // Speakers of a growing corpus: every surname begins "Ka", each has a few given names and a surname alone.
    private static IEnumerable<string> Corpus(int people)
    {
        for (var p = 0; p < people; p++)
        {
            var surname = Surname(p / GivenNames.Length);
            yield return GivenNames[p % GivenNames.Length] + " " + surname;
            if (p % GivenNames.Length == 0) yield return surname;
        }
    }

    // Distinct, scattered surnames: hardly two are one letter apart.
    private static string Surname(int i)
    {
        var letters = new char[8];
        var n = (ulong)(i + 1) * 0x9E3779B97F4A7C15UL;
        n ^= n >> 31;
        n *= 0xBF58476D1CE4E5B9UL;
        n ^= n >> 29;
        for (var k = 0; k < letters.Length; k++, n /= 26) letters[k] = (char)('a' + (int)(n % 26));
        return "Ka" + new string(letters);
    }

    // Each node's people as the set of node indices it is joined with.
    private static string[] Partition(int[] roots) =>
        roots.Select(root => string.Join(",", Enumerable.Range(0, roots.Length).Where(i => roots[i] == root))).ToArray();
}
