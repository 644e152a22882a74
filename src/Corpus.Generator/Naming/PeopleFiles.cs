using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Corpus.Extraction.Model;
using Corpus.Generator.Model;
using Corpus.Shared;

namespace Corpus.Generator.Naming;

/// <summary>
/// Which file each person's member is generated into. Up to <see cref="OneFileLimit"/> members, all are in
/// one (<c>Seeds.People.g.cs</c>); past that, members share files by a hash of their name, half to all of
/// <see cref="TargetSize"/> to a file (<c>Wire.People.017.g.cs</c>). People are listed by name, so a new
/// person moves every later one's position; members that name their person rather than its position,
/// in files chosen by a hash, leave all files but one as they were.
/// </summary>
internal static class PeopleFiles
{
    public const int OneFileLimit = 256;
    public const int TargetSize = 128;

    /// <summary>The number of files for <paramref name="members"/> members: a power of two.</summary>
    public static int Count(int members) => members <= OneFileLimit ? 1 : PowersOfTwo.Covering(members, TargetSize);

    /// <summary>Which of <paramref name="count"/> files a member goes in.</summary>
    public static int IndexOf(string member, int count) => (int)(Mixed(member) & (uint)(count - 1));

    // FNV-1a's low bits depend only on the low bits of each character, and generated names are alike
    // ("AnnaLis", "AnnaLisa"): mixed so that every bit of the hash depends on every bit of the name.
    // (MurmurHash3's finaliser.)
    private static uint Mixed(string text)
    {
        var hash = Fnv1a.Basis;
        foreach (var c in text) hash = Fnv1a.Step(hash, c);
        unchecked
        {
            hash ^= hash >> 16;
            hash *= 0x85EBCA6Bu;
            hash ^= hash >> 13;
            hash *= 0xC2B2AE35u;
            hash ^= hash >> 16;
        }
        return hash;
    }

    public static IEnumerable<PeopleFile> Of(CorpusPeople people, CorpusOptions options)
    {
        var named = people.Entries.Where(person => person.Member.Length > 0).ToList();
        if (named.Count == 0) yield break;
        var count = Count(named.Count);
        var className = people.ClassName.TrimStart('@');
        var digits = (count - 1).ToString(CultureInfo.InvariantCulture).Length;
        foreach (var file in named.GroupBy(person => count == 1 ? 0 : IndexOf(person.Member, count)).OrderBy(file => file.Key))
        {
            var hintName = count == 1
                ? className + ".People.g.cs"
                : className + ".People." + file.Key.ToString("D" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + ".g.cs";
            yield return new PeopleFile(
                hintName,
                people.ClassName,
                people.Parts <= 1 ? -1 : file.Key % people.Parts,
                file.Select(person => new PersonMember(
                    person.Member, person.AliasMembers, person.Name, person.Kind, person.Aliases, person.Roles, person.Quotes.Count / 2)).ToEquatableArray(),
                options);
        }
    }
}
