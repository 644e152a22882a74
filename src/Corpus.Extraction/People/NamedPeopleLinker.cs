using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.People;

/// <summary>
/// Joins the named people among the linker's nodes: two are one when their surnames are the same
/// (<see cref="SurnameIndex.Same"/>) and their given names compatible (<see cref="NameKeys.GivenCompatible"/>);
/// a surname alone joins the one person of that surname, if there is exactly one. Names are parsed when
/// their article is read (<see cref="LinkPreparation"/>) and compared by surname lookup, so the work
/// grows with the people, not with their pairs.
/// </summary>
internal sealed class NamedPeopleLinker
{
    private readonly Dictionary<string, GivenNames> _bySurname = new(StringComparer.Ordinal);

    /// <summary>How many pairs of names were compared: the measure of the linker's work.</summary>
    public int Comparisons { get; private set; }

    /// <param name="speakers">The nodes' speakers, by node index; only people are linked.</param>
    public void Link(IReadOnlyList<LinkableSpeaker> speakers, DisjointSets sets, CancellationToken cancellationToken)
    {
        var surnameOnly = new List<(int Node, string Surname)>();
        for (var i = 0; i < speakers.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var speaker = speakers[i];
            if (speaker.Kind != SpeakerKind.Person || speaker.Surname.Length == 0) continue;
            if (speaker.GivenKey is null)
            {
                surnameOnly.Add((i, speaker.Surname));
                continue;
            }
            if (!_bySurname.TryGetValue(speaker.Surname, out var given)) _bySurname[speaker.Surname] = given = new GivenNames();
            given.Add(speaker.GivenKey, i, sets);
        }

        var index = new SurnameIndex(_bySurname.Keys);
        foreach (var pair in _bySurname)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var surname in index.Matches(pair.Key))
            {
                // Each pair of surnames once.
                if (string.CompareOrdinal(surname, pair.Key) >= 0) Comparisons += pair.Value.Link(_bySurname[surname], sets);
            }
        }

        // A surname alone joins only people, never another surname alone, so the people a surname
        // matches stay the same while they are joined, and each surname is looked up once.
        var onePersonOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (node, surname) in surnameOnly)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!onePersonOf.TryGetValue(surname, out var person)) onePersonOf[surname] = person = OnePersonOf(surname, index, sets);
            if (person >= 0) sets.Union(node, person);
        }
        Comparisons += index.Comparisons;
    }

    // A node of the one person whose surname matches, or -1 when none or several do.
    private int OnePersonOf(string surname, SurnameIndex index, DisjointSets sets)
    {
        var people = new HashSet<int>();
        foreach (var match in index.Matches(surname))
        {
            foreach (var node in _bySurname[match].Nodes) people.Add(sets.Find(node));
        }
        return people.Count == 1 ? people.First() : -1;
    }
}
