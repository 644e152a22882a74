using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using Corpus.Extraction.Model;
using Corpus.Extraction.Text;

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
        new NamedPeopleLinker().Link(nodes.Select(n => n.Speaker).ToList(), sets, cancellationToken);
        LinkOrganisations(nodes, sets, cancellationToken);

        var clusters = new Dictionary<int, List<Node>>();
        for (var i = 0; i < nodes.Count; i++)
        {
            var root = sets.Find(i);
            if (!clusters.TryGetValue(root, out var list)) clusters[root] = list = new List<Node>();
            list.Add(nodes[i]);
        }
        return WithKeys(InOrder(clusters.Values.Select(Person).ToList()));
    }

    // Each person's key is the slug of their name, numbered from 2 when taken, in the people's order.
    private static EquatableArray<PersonModel> WithKeys(List<PersonModel> people)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        // Thousands of unlinked "Residents": each slug is made once and resumes from the last number it took.
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        var lastNumber = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<PersonModel>(people.Count);
        foreach (var person in people)
        {
            if (!slugs.TryGetValue(person.Name, out var slug)) slugs[person.Name] = slug = Slug(person.Name);
            var n = lastNumber.TryGetValue(slug, out var last) ? last : 1;
            var key = n == 1 ? slug : slug + "-" + n;
            while (!keys.Add(key)) key = slug + "-" + ++n;
            lastNumber[slug] = n;
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

    private static void LinkOrganisations(List<Node> nodes, DisjointSets sets, CancellationToken cancellationToken)
    {
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        // A corpus names the same few organisations thousands of times: each form is keyed once.
        var keyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var speaker = nodes[i].Speaker;
            if (speaker.Kind != SpeakerKind.Organisation) continue;
            foreach (var form in new[] { speaker.Name }.Concat(speaker.Aliases))
            {
                if (!keyOf.TryGetValue(form, out var key)) keyOf[form] = key = IsProper(form) ? NameKeys.Organisation(form) : "";
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

    // Lists sorted once rather than sets or LINQ chains: tens of thousands of clusters, most of one
    // speaker, each build a person.
    private static PersonModel Person(List<Node> cluster)
    {
        var kind = cluster.Any(n => n.Speaker.Kind == SpeakerKind.Person) ? SpeakerKind.Person
            : cluster.Any(n => n.Speaker.Kind == SpeakerKind.Organisation) ? SpeakerKind.Organisation
            : SpeakerKind.Description;
        var name = FullestName(cluster, kind);
        var aliases = new List<string>();
        var roles = new List<string>();
        var references = new List<PersonReference>();
        var speakers = new List<SpeakerReference>(cluster.Count);
        foreach (var node in cluster)
        {
            if (node.Speaker.Name != name) aliases.Add(node.Speaker.Name);
            foreach (var alias in node.Speaker.Aliases)
            {
                if (alias != name) aliases.Add(alias);
            }
            roles.AddRange(node.Speaker.Roles);
            references.AddRange(node.References);
            speakers.Add(new SpeakerReference(node.ArticleId, node.Speaker.Name));
        }
        return new PersonModel("", kind, name,
            SortedDistinct(aliases, string.CompareOrdinal),
            CaseDistinct(SortedDistinct(roles, string.CompareOrdinal)),
            SortedDistinct(references, CompareReferences),
            SortedDistinct(speakers, CompareSpeakers));
    }

    // The fullest form: the most words, then the most quoted, then the ordinally first.
    private static string FullestName(List<Node> cluster, SpeakerKind kind)
    {
        if (cluster.Count == 1) return cluster[0].Speaker.Name;
        var quoted = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in cluster) quoted[node.Speaker.Name] = (quoted.TryGetValue(node.Speaker.Name, out var n) ? n : 0) + node.References.Count;
        string? best = null;
        var bestWords = 0;
        foreach (var node in cluster)
        {
            if (node.Speaker.Kind != kind) continue;
            var name = node.Speaker.Name;
            var words = NameWords.Count(name);
            var better = best is null || words > bestWords
                || (words == bestWords && (quoted[name] > quoted[best] || (quoted[name] == quoted[best] && string.CompareOrdinal(name, best) < 0)));
            if (!better) continue;
            best = name;
            bestWords = words;
        }
        return best!;
    }

    private static int CompareReferences(PersonReference a, PersonReference b)
    {
        var byArticle = string.CompareOrdinal(a.ArticleId, b.ArticleId);
        if (byArticle != 0) return byArticle;
        return a.Quote != b.Quote ? a.Quote.CompareTo(b.Quote) : ((int)a.Role).CompareTo((int)b.Role);
    }

    private static int CompareSpeakers(SpeakerReference a, SpeakerReference b)
    {
        var byArticle = string.CompareOrdinal(a.ArticleId, b.ArticleId);
        return byArticle != 0 ? byArticle : string.CompareOrdinal(a.Speaker, b.Speaker);
    }

    // Each item once: the comparisons here order every field, so only equal items compare equal.
    private static EquatableArray<T> SortedDistinct<T>(List<T> items, Comparison<T> comparison) where T : IEquatable<T>
    {
        if (items.Count == 0) return EquatableArray<T>.Empty;
        items.Sort(comparison);
        var distinct = 1;
        for (var i = 1; i < items.Count; i++)
        {
            if (comparison(items[i], items[distinct - 1]) != 0) items[distinct++] = items[i];
        }
        items.RemoveRange(distinct, items.Count - distinct);
        return new EquatableArray<T>(items.ToArray());
    }

    // Of roles that differ only in case, the ordinally first form.
    private static EquatableArray<string> CaseDistinct(EquatableArray<string> sorted)
    {
        if (sorted.Count < 2) return sorted;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return sorted.Where(seen.Add).ToEquatableArray();
    }

    // By name, then by where they first speak (article, then the name used there); ties keep the clusters'
    // order. A stable sort on positions, with no key string made per person.
    internal static List<PersonModel> InOrder(List<PersonModel> people)
    {
        var positions = new int[people.Count];
        for (var i = 0; i < positions.Length; i++) positions[i] = i;
        Array.Sort(positions, (a, b) =>
        {
            var (left, right) = (people[a], people[b]);
            var order = string.CompareOrdinal(left.Name, right.Name);
            if (order == 0) order = CompareFirst(left, right);
            return order != 0 ? order : a.CompareTo(b);
        });
        var ordered = new List<PersonModel>(people.Count);
        foreach (var position in positions) ordered.Add(people[position]);
        return ordered;
    }

    // Orders as the strings article + U+0001 + speaker would, "" for a person who never speaks.
    private static int CompareFirst(PersonModel left, PersonModel right)
    {
        if (left.Speakers.Count == 0) return right.Speakers.Count == 0 ? 0 : -1;
        if (right.Speakers.Count == 0) return 1;
        var (a, b) = (left.Speakers[0], right.Speakers[0]);
        var (aLength, bLength) = (a.ArticleId.Length + 1 + a.Speaker.Length, b.ArticleId.Length + 1 + b.Speaker.Length);
        for (var i = 0; i < aLength && i < bLength; i++)
        {
            var (x, y) = (At(a, i), At(b, i));
            if (x != y) return x < y ? -1 : 1;
        }
        return aLength.CompareTo(bLength);
    }

    private static char At(SpeakerReference reference, int index) =>
        index < reference.ArticleId.Length ? reference.ArticleId[index]
        : index == reference.ArticleId.Length ? '\u0001'
        : reference.Speaker[index - reference.ArticleId.Length - 1];

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
}
