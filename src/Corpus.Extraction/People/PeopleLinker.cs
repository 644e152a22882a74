using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.People;

/// <summary>
/// Links the speakers of every article into the corpus's people: one per real person, organisation or
/// anonymous source. Rules:
/// <list type="bullet">
/// <item>Two named people are one when their surnames match (a transliteration of a long surname, one
/// letter apart, matches too) and their given names are compatible: equal, one an initial of the other,
/// or the same initial within a small edit distance (Rosa and Roza Otunbayeva).</item>
/// <item>A person known only by a surname joins the one named person of that surname, if there is exactly one.</item>
/// <item>Organisations are one when their names agree once case, "the", a possessive and an outlet's
/// generic tail are set aside (ITAR-TASS, Itar-Tass news agency) and the name has a proper word: "the
/// health ministry" of two articles may be two countries' ministries, so generic names never link.</item>
/// <item>Anonymous sources never link across articles: nothing says two are the same person.</item>
/// </list>
/// The name is the fullest form (most words; then the most quoted; then ordinal order); aliases are all
/// other forms. The result does not depend on the order of the input.
/// </summary>
public static class PeopleLinker
{
    // Words that name a kind of office, not one in particular: "Defence Ministry" exists in every country.
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "the", "ministry", "ministries", "government", "agency", "office", "department", "council", "committee",
        "commission", "parliament", "court", "police", "army", "navy", "military", "forces", "force", "media",
        "reports", "report", "company", "group", "party", "union", "authorities", "authority", "service",
        "services", "news", "defence", "defense", "foreign", "health", "interior", "finance", "justice",
        "education", "economy", "trade", "transport", "energy", "environment", "agriculture", "labour", "labor",
        "home", "state", "national", "federal", "regional", "local", "central", "emergency", "public", "general",
        "security", "affairs", "situations", "internal", "external", "supreme", "high", "city", "district",
        "county", "provincial", "municipal", "royal", "international", "interim", "prosecutor's", "prosecutors",
        "embassy", "administration", "cabinet", "presidency", "spokesman", "spokesperson", "board", "bank",
        "newspaper", "television", "radio", "channel", "statement", "office's", "ministry's", "of", "and",
    };

    public static EquatableArray<PersonModel> Link(IEnumerable<(string ArticleId, ArticleQuotes Quotes)> articles, CancellationToken cancellationToken = default)
    {
        var nodes = Nodes(articles, cancellationToken);
        var sets = new DisjointSets(nodes.Count);
        LinkPeople(nodes, sets, cancellationToken);
        LinkOrganisations(nodes, sets, cancellationToken);

        var clusters = new Dictionary<int, List<Node>>();
        for (var i = 0; i < nodes.Count; i++)
        {
            var root = sets.Find(i);
            if (!clusters.TryGetValue(root, out var list)) clusters[root] = list = new List<Node>();
            list.Add(nodes[i]);
        }
        var people = clusters.Values.Select(Person).OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => First(p), StringComparer.Ordinal).ToList();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<PersonModel>(people.Count);
        foreach (var person in people)
        {
            var slug = Slug(person.Name);
            var key = slug;
            for (var n = 2; !keys.Add(key); n++) key = slug + "-" + n;
            result.Add(person with { Key = key });
        }
        result.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return result.ToEquatableArray();
    }

    private sealed class Node
    {
        public Node(string articleId, SpeakerModel speaker)
        {
            ArticleId = articleId;
            Speaker = speaker;
        }

        public string ArticleId { get; }

        public SpeakerModel Speaker { get; }

        public List<PersonReference> References { get; } = new();
    }

    private static List<Node> Nodes(IEnumerable<(string ArticleId, ArticleQuotes Quotes)> articles, CancellationToken cancellationToken)
    {
        var ordered = (articles ?? Enumerable.Empty<(string, ArticleQuotes)>())
            .Where(a => a.Item2 is not null)
            .Select(a => (Id: a.Item1 ?? "", Quotes: a.Item2))
            .OrderBy(a => a.Id, StringComparer.Ordinal)
            .ThenBy(a => string.Join("\u0001", a.Quotes.Speakers.Select(s => s.Name)), StringComparer.Ordinal)
            .ThenBy(a => a.Quotes.Quotes.Count)
            .ToList();
        var nodes = new List<Node>();
        foreach (var (id, quotes) in ordered)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var byName = new Dictionary<string, Node>(StringComparer.Ordinal);
            foreach (var speaker in quotes.Speakers)
            {
                if (byName.ContainsKey(speaker.Name)) continue;
                var node = new Node(id, speaker);
                byName[speaker.Name] = node;
                nodes.Add(node);
            }
            for (var i = 0; i < quotes.Quotes.Count; i++)
            {
                var quote = quotes.Quotes[i];
                if (quote.Speaker is { } speaker && byName.TryGetValue(speaker, out var said)) said.References.Add(new PersonReference(id, i, ReferenceRole.Speaker));
                if (quote.Via is { } via && byName.TryGetValue(via, out var relayed)) relayed.References.Add(new PersonReference(id, i, ReferenceRole.Via));
            }
        }
        return nodes;
    }

    private static void LinkPeople(List<Node> nodes, DisjointSets sets, CancellationToken cancellationToken)
    {
        // Full names, bucketed by the surname's first letters, compared pairwise within a bucket.
        var buckets = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var surnameOnly = new List<int>();
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i].Speaker.Kind != SpeakerKind.Person) continue;
            var (given, surname) = Split(nodes[i].Speaker.Name);
            if (surname.Length == 0) continue;
            if (given is null)
            {
                surnameOnly.Add(i);
                continue;
            }
            var bucket = surname.Substring(0, Math.Min(2, surname.Length));
            if (!buckets.TryGetValue(bucket, out var list)) buckets[bucket] = list = new List<int>();
            list.Add(i);
        }
        foreach (var list in buckets.Values)
        {
            for (var a = 0; a < list.Count; a++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (givenA, surnameA) = Split(nodes[list[a]].Speaker.Name);
                for (var b = a + 1; b < list.Count; b++)
                {
                    var (givenB, surnameB) = Split(nodes[list[b]].Speaker.Name);
                    if (SameSurname(surnameA, surnameB) && NameKeys.GivenCompatible(givenA, givenB)) sets.Union(list[a], list[b]);
                }
            }
        }
        foreach (var i in surnameOnly)
        {
            var (_, surname) = Split(nodes[i].Speaker.Name);
            var bucket = surname.Substring(0, Math.Min(2, surname.Length));
            if (!buckets.TryGetValue(bucket, out var list)) continue;
            var roots = new HashSet<int>(list.Where(j => SameSurname(surname, Split(nodes[j].Speaker.Name).Surname)).Select(sets.Find));
            if (roots.Count == 1) sets.Union(i, roots.First());
        }
    }

    private static void LinkOrganisations(List<Node> nodes, DisjointSets sets, CancellationToken cancellationToken)
    {
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var speaker = nodes[i].Speaker;
            if (speaker.Kind != SpeakerKind.Organisation) continue;
            foreach (var form in new[] { speaker.Name }.Concat(speaker.Aliases))
            {
                if (!IsProper(form)) continue;
                var key = NameKeys.Organisation(form);
                if (key.Length == 0) continue;
                if (byKey.TryGetValue(key, out var other)) sets.Union(i, other);
                else byKey[key] = i;
            }
        }
    }

    // Has a capitalised word that is not a generic office word: "Kremlin", "ITAR-TASS", "UN refugee agency".
    private static bool IsProper(string form)
    {
        foreach (var word in form.Split(' '))
        {
            if (word.Length == 0 || !word.Any(char.IsUpper)) continue;
            if (!Generic.Contains(NameKeys.Fold(word).Trim('.', ',', '(', ')'))) return true;
        }
        return false;
    }

    private static bool SameSurname(string a, string b)
    {
        if (a == b) return true;
        // A transliteration of a long surname: Otunbayeva, Otunbaeva.
        return a.Length >= 7 && b.Length >= 7 && a[0] == b[0] && NameKeys.EditDistance(a, b, 1) <= 1;
    }

    private static (string? Given, string Surname) Split(string name)
    {
        var words = name.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return (null, "");
        var last = words.Length - 1;
        while (last > 0 && NameKeys.Fold(words[last]).TrimEnd('.') is "jr" or "sr" or "ii" or "iii" or "iv") last--;
        var surname = NameKeys.Person(words[last]);
        return (last > 0 ? words[0] : null, surname);
    }

    private static PersonModel Person(List<Node> cluster)
    {
        var kind = cluster.Any(n => n.Speaker.Kind == SpeakerKind.Person) ? SpeakerKind.Person
            : cluster.Any(n => n.Speaker.Kind == SpeakerKind.Organisation) ? SpeakerKind.Organisation
            : SpeakerKind.Description;
        var quoted = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in cluster) quoted[node.Speaker.Name] = (quoted.TryGetValue(node.Speaker.Name, out var n) ? n : 0) + node.References.Count;
        var name = cluster
            .Where(n => n.Speaker.Kind == kind)
            .OrderByDescending(n => n.Speaker.Name.Split(' ').Length)
            .ThenByDescending(n => quoted[n.Speaker.Name])
            .ThenBy(n => n.Speaker.Name, StringComparer.Ordinal)
            .First().Speaker.Name;
        var aliases = cluster.SelectMany(n => new[] { n.Speaker.Name }.Concat(n.Speaker.Aliases))
            .Where(a => a != name)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(a => a, StringComparer.Ordinal)
            .ToEquatableArray();
        var roles = cluster.SelectMany(n => n.Speaker.Roles)
            .GroupBy(r => r, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.OrderBy(r => r, StringComparer.Ordinal).First())
            .OrderBy(r => r, StringComparer.Ordinal)
            .ToEquatableArray();
        var references = cluster.SelectMany(n => n.References)
            .Distinct()
            .OrderBy(r => r.ArticleId, StringComparer.Ordinal).ThenBy(r => r.Quote).ThenBy(r => r.Role)
            .ToEquatableArray();
        var speakers = cluster.Select(n => new SpeakerReference(n.ArticleId, n.Speaker.Name))
            .Distinct()
            .OrderBy(s => s.ArticleId, StringComparer.Ordinal).ThenBy(s => s.Speaker, StringComparer.Ordinal)
            .ToEquatableArray();
        return new PersonModel("", kind, name, aliases, roles, references, speakers);
    }

    private static string First(PersonModel person) =>
        person.Speakers.Count == 0 ? "" : person.Speakers[0].ArticleId + "\u0001" + person.Speakers[0].Speaker;

    private static string Slug(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in NameKeys.Fold(name))
        {
            if (c < 128 && char.IsLetterOrDigit(c)) builder.Append(c);
            else if (builder.Length > 0 && builder[builder.Length - 1] != '-') builder.Append('-');
        }
        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "speaker" : slug;
    }

    private sealed class DisjointSets
    {
        private readonly int[] _parent;

        public DisjointSets(int count)
        {
            _parent = new int[count];
            for (var i = 0; i < count; i++) _parent[i] = i;
        }

        public int Find(int i)
        {
            while (_parent[i] != i)
            {
                _parent[i] = _parent[_parent[i]];
                i = _parent[i];
            }
            return i;
        }

        // The smaller index becomes the root, so the sets do not depend on the order of unions.
        public void Union(int a, int b)
        {
            var x = Find(a);
            var y = Find(b);
            if (x == y) return;
            if (x < y) _parent[y] = x;
            else _parent[x] = y;
        }
    }
}
