using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Extraction.Model;
using Corpus.Extraction.People;
using Corpus.Generator.Model;

namespace Corpus.Generator.Naming;

/// <summary>
/// The people of one corpus: the engine's linker joins the speakers of every article, and each person
/// gets a member of the corpus's <c>People</c> class named from their fullest name, when that name is
/// theirs alone: a name several people share ("Residents", "the ministry" of many articles) names none
/// of them (<see cref="SharedNames"/>). Everyone stays in <c>People</c> and on their quotes.
/// </summary>
internal static class PeopleTable
{
    /// <param name="articles">Every article of the project.</param>
    /// <param name="named">Whether people get members at all (<c>CorpusNamedPeople</c>).</param>
    public static EquatableArray<CorpusPeople> Build(IEnumerable<PlacedPeople> articles, bool named = true) =>
        CorpusOrder.Of(articles, article => article.Place)
            .Select(corpus =>
            {
                var entries = Build(corpus.Articles, named);
                return new CorpusPeople(corpus.ClassName, entries, ListParts.Count(entries.Sum(e => (e.Member.Length > 0 ? 1 : 0) + e.AliasMembers.Count)));
            })
            .ToEquatableArray();

    /// <summary>An article's speakers for the linker, with the member bases each would have as a person alone.</summary>
    public static ArticlePeople Prepare(LinkableArticle speakers)
    {
        var bases = new SpeakerBases[speakers.Speakers.Count];
        for (var s = 0; s < bases.Length; s++)
        {
            var speaker = speakers.Speakers[s];
            var name = MemberBase(speaker.Name, speaker.Kind);
            var aliases = speaker.Kind == SpeakerKind.Person
                ? AliasBases(name, speaker.OtherForms, alias => MemberBase(alias, SpeakerKind.Person))
                : EquatableArray<string>.Empty;
            bases[s] = new SpeakerBases(name, aliases);
        }
        return new ArticlePeople(speakers, new EquatableArray<SpeakerBases>(bases));
    }

    /// <param name="articles">One corpus's articles in <c>All</c> order.</param>
    /// <param name="named">Whether people get members at all.</param>
    private static EquatableArray<PersonEntry> Build(IReadOnlyList<PlacedPeople> articles, bool named)
    {
        // Articles are known to the linker, and to the runtime, by path: two files may share an id
        // (news/a.txt, news/a.md), and the linker keeps anonymous sources of one article apart from another's.
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++) positions[articles[i].Place.DisplayPath] = i;

        var people = PeopleLinker.Link(articles.Select(a => a.People.Speakers).ToList(), out var soleSpeakers);

        // A person of several speakers is named from their strings; thousands of unlinked "Residents" share a name.
        var memberBases = new Dictionary<(string, bool), string>();
        string BaseOf(string name, SpeakerKind kind)
        {
            var key = (name, kind == SpeakerKind.Person);
            if (!memberBases.TryGetValue(key, out var memberBase)) memberBases[key] = memberBase = MemberBase(name, kind);
            return memberBase;
        }

        var prepared = new SpeakerBases?[people.Count];
        var bases = new string[people.Count];
        for (var p = 0; p < bases.Length; p++)
        {
            prepared[p] = Prepared(soleSpeakers[p], articles);
            bases[p] = prepared[p]?.Name ?? BaseOf(people[p].Name, people[p].Kind);
        }
        var shared = SharedNames.Of(bases);
        // A shared name is taken by nobody, not even as another person's alias.
        var taken = new Names(ReservedNames.InLists.Concat(shared));
        var names = new string[people.Count];
        for (var p = 0; p < names.Length; p++) names[p] = !named || shared.Contains(SharedNames.Stem(bases[p])) ? "" : taken.Unique(bases[p]);
        // Other spellings of a full name, for a person who has a member: an alias two people have is neither's.
        var aliases = new EquatableArray<string>[people.Count];
        for (var p = 0; p < aliases.Length; p++)
        {
            var person = people[p];
            aliases[p] = names[p].Length == 0 || person.Kind != SpeakerKind.Person ? EquatableArray<string>.Empty
                : prepared[p]?.Aliases ?? AliasBases(bases[p], person.Aliases, alias => BaseOf(alias, person.Kind));
        }
        var sharedAliases = SharedNames.Of(aliases.SelectMany(a => a));
        var entries = new PersonEntry[people.Count];
        string? lastArticle = null;
        var lastPosition = -1;
        for (var p = 0; p < people.Count; p++)
        {
            var person = people[p];
            var quotes = new int[person.References.Count * 2];
            var count = 0;
            foreach (var reference in person.References)
            {
                if (reference.Role != ReferenceRole.Speaker) continue;
                // A person's quotes come article by article.
                if (!string.Equals(reference.ArticleId, lastArticle, StringComparison.Ordinal))
                {
                    lastArticle = reference.ArticleId;
                    lastPosition = positions.TryGetValue(reference.ArticleId, out var position) ? position : -1;
                }
                if (lastPosition < 0) continue;
                quotes[count++] = lastPosition;
                quotes[count++] = reference.Quote;
            }
            if (count < quotes.Length) Array.Resize(ref quotes, count);
            // Only where free: an alias never takes another person's name.
            var aliasMembers = aliases[p].Count == 0
                ? EquatableArray<string>.Empty
                : aliases[p].Where(a => !sharedAliases.Contains(SharedNames.Stem(a))).Where(taken.TryTake).ToEquatableArray();
            entries[p] = new PersonEntry(names[p], aliasMembers, person.Name, person.Kind, person.Aliases, person.Roles, new EquatableArray<int>(quotes));
        }
        return new EquatableArray<PersonEntry>(entries);
    }

    // The bases its article worked out, for a person who is one speaker of one article. An article whose
    // people were not prepared (no bases: tests name the same people both ways) is named from its strings.
    private static SpeakerBases? Prepared(SpeakerPosition speaker, IReadOnlyList<PlacedPeople> articles)
    {
        if (speaker.Article < 0) return null;
        var bases = articles[speaker.Article].People.Bases;
        return speaker.Speaker < bases.Count ? bases[speaker.Speaker] : null;
    }

    // The bases of the other full names, each once ignoring case, none the same as the name's own.
    private static EquatableArray<string> AliasBases(string nameBase, EquatableArray<string> aliases, Func<string, string> baseOf)
    {
        List<string>? own = null;
        foreach (var alias in aliases)
        {
            if (!IsFullName(alias)) continue;
            var memberBase = baseOf(alias);
            if (string.Equals(SharedNames.Stem(memberBase), SharedNames.Stem(nameBase), StringComparison.OrdinalIgnoreCase)) continue;
            own ??= new List<string>();
            if (!own.Contains(memberBase, StringComparer.OrdinalIgnoreCase)) own.Add(memberBase);
        }
        return own is null ? EquatableArray<string>.Empty : own.ToEquatableArray();
    }

    private static readonly string[] Articles = { "a", "an", "the" };

    /// <summary>"a senior military official" reads <c>SeniorMilitaryOfficial</c>; a name reads as written.</summary>
    private static string MemberBase(string name, SpeakerKind kind)
    {
        var words = name.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (kind != SpeakerKind.Person && words.Length > 1 && Articles.Contains(words[0], StringComparer.OrdinalIgnoreCase))
        {
            name = string.Join(" ", words.Skip(1));
        }
        return Identifier.ToPascalCase(name, "Person");
    }

    // Two or more capitalised words and no honorific or role ("Roza Otunbayeva", not "Ms. Otunbayeva" or "the interim leader").
    private static bool IsFullName(string alias)
    {
        var words = alias.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words.All(w => w.Length > 0 && char.IsUpper(w[0]) && !w.EndsWith(".", StringComparison.Ordinal));
    }
}
