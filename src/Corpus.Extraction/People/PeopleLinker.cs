using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
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
/// other forms. The result does not depend on the order of the input, unless two articles share an id, their
/// speakers' names and their number of quotes.
/// </summary>
public static class PeopleLinker
{
    /// <summary>What the linker needs of one article: read once per article, linked as often as the corpus changes.</summary>
    public static LinkableArticle Prepare(string articleId, IReadOnlyList<QuoteModel>? quotes, IReadOnlyList<SpeakerModel>? speakers) =>
        LinkPreparation.Prepare(articleId ?? "", quotes ?? Array.Empty<QuoteModel>(), speakers ?? Array.Empty<SpeakerModel>());

    public static LinkableArticle Prepare(string articleId, ArticleQuotes quotes) => Prepare(articleId, quotes?.Quotes, quotes?.Speakers);

    public static EquatableArray<PersonModel> Link(IEnumerable<(string ArticleId, ArticleQuotes Quotes)> articles, CancellationToken cancellationToken = default) =>
        Link((articles ?? Enumerable.Empty<(string, ArticleQuotes)>())
            .Where(a => a.Item2 is not null)
            .Select(a => Prepare(a.Item1, a.Item2)), cancellationToken);

    public static EquatableArray<PersonModel> Link(IEnumerable<LinkableArticle> articles, CancellationToken cancellationToken = default) =>
        Link(articles as IReadOnlyList<LinkableArticle> ?? (articles ?? Enumerable.Empty<LinkableArticle>()).ToList(), out _, cancellationToken);

    /// <summary>
    /// The people, as <see cref="Link(IEnumerable{LinkableArticle}, CancellationToken)"/> gives them, and for
    /// each person who is one speaker of one article, where that speaker is in <paramref name="articles"/>
    /// (<see cref="SpeakerPosition.None"/> for a person of several): what a caller worked out for that
    /// speaker when its article was read holds for the person.
    /// </summary>
    public static EquatableArray<PersonModel> Link(IReadOnlyList<LinkableArticle> articles, out EquatableArray<SpeakerPosition> soleSpeakers, CancellationToken cancellationToken = default)
    {
        var nodes = Nodes(articles ?? Array.Empty<LinkableArticle>(), cancellationToken);
        var sets = new DisjointSets(nodes.Count);
        new NamedPeopleLinker().Link(nodes.Select(n => n.Speaker).ToList(), sets, cancellationToken);
        LinkOrganisations(nodes, sets, cancellationToken);

        // Clusters in the order of their first node.
        var clusterOfRoot = new int[nodes.Count];
        var clusters = new List<List<Node>>();
        for (var i = 0; i < nodes.Count; i++)
        {
            var root = sets.Find(i);
            if (root == i)
            {
                clusterOfRoot[i] = clusters.Count;
                clusters.Add(new List<Node>(1));
            }
            // The root is the cluster's smallest node, so its cluster exists by now.
            clusters[clusterOfRoot[root]].Add(nodes[i]);
        }

        // Each cluster is made into a person alone, so on every core: merging the names, roles and
        // references of a person of several speakers is the largest part of linking a large corpus.
        var people = new PersonModel[clusters.Count];
        var slugs = new string[clusters.Count];
        Parallel.For(0, clusters.Count, new ParallelOptions { CancellationToken = cancellationToken }, p => (people[p], slugs[p]) = Person(clusters[p]));
        var keys = Keys(people, slugs);
        // Keys are unique, so an unstable sort gives the one order.
        var order = new int[people.Length];
        for (var p = 0; p < order.Length; p++) order[p] = p;
        Array.Sort((string[])keys.Clone(), order, StringComparer.Ordinal);

        var keyed = new PersonModel[order.Length];
        var positions = new SpeakerPosition[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            var p = order[i];
            keyed[i] = people[p] with { Key = keys[p] };
            positions[i] = clusters[p].Count == 1 ? clusters[p][0].Position : SpeakerPosition.None;
        }
        soleSpeakers = new EquatableArray<SpeakerPosition>(positions);
        return new EquatableArray<PersonModel>(keyed);
    }

    // Each person's key is the slug of their name, numbered from 2 when taken, in the people's order.
    private static string[] Keys(PersonModel[] people, string[] slugs)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        // Thousands of unlinked "Residents": each resumes from the last number its slug took.
        var lastNumber = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new string[people.Length];
        foreach (var p in InOrder(people))
        {
            var slug = slugs[p];
            var key = slug;
            if (!taken.Add(key))
            {
                var n = lastNumber.TryGetValue(slug, out var last) ? last : 1;
                do key = Numbered(slug, ++n); while (!taken.Add(key));
                lastNumber[slug] = n;
            }
            keys[p] = key;
        }
        return keys;
    }

    private static string Numbered(string slug, int n) => slug + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private readonly struct Node
    {
        public Node(string articleId, LinkableSpeaker speaker, SpeakerPosition position)
        {
            ArticleId = articleId;
            Speaker = speaker;
            Position = position;
        }

        public string ArticleId { get; }

        public LinkableSpeaker Speaker { get; }

        public SpeakerPosition Position { get; }
    }

    // Articles by id; two of one id by their speakers' names and then their quote count, so that the
    // people do not depend on the order the articles came in (unless two articles agree in all three).
    private static List<Node> Nodes(IReadOnlyList<LinkableArticle> all, CancellationToken cancellationToken)
    {
        var speakerNames = new string?[all.Count];
        var order = new List<int>(all.Count);
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i] is not null) order.Add(i);
        }
        Comparison<int> compare = (x, y) =>
        {
            var (a, b) = (all[x], all[y]);
            var byId = string.CompareOrdinal(a.ArticleId, b.ArticleId);
            if (byId != 0) return byId;
            var bySpeakers = string.CompareOrdinal(SpeakerNames(x), SpeakerNames(y));
            if (bySpeakers != 0) return bySpeakers;
            return a.QuoteCount != b.QuoteCount ? a.QuoteCount.CompareTo(b.QuoteCount) : x.CompareTo(y);
        };
        // The generator passes its articles in path order already.
        if (!InOrder(order, compare)) order.Sort(compare);

        var nodes = new List<Node>();
        foreach (var index in order)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var article = all[index];
            for (var s = 0; s < article.Speakers.Count; s++) nodes.Add(new Node(article.ArticleId, article.Speakers[s], new SpeakerPosition(index, s)));
        }
        return nodes;

        static bool InOrder(List<int> order, Comparison<int> compare)
        {
            for (var i = 1; i < order.Count; i++)
            {
                if (compare(order[i - 1], order[i]) > 0) return false;
            }
            return true;
        }

        // Made only for articles that share an id, which is rare.
        string SpeakerNames(int article) =>
            speakerNames[article] ??= string.Join("\u0001", all[article].ListedNames);
    }

    private static void LinkOrganisations(List<Node> nodes, DisjointSets sets, CancellationToken cancellationToken)
    {
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var key in nodes[i].Speaker.OrganisationKeys)
            {
                if (byKey.TryGetValue(key, out var other)) sets.Union(i, other);
                else byKey[key] = i;
            }
        }
    }

    // Most people are one speaker of one article, whose parts come sorted from the article.
    private static (PersonModel Person, string Slug) Person(List<Node> cluster)
    {
        if (cluster.Count == 1)
        {
            var (id, speaker) = (cluster[0].ArticleId, cluster[0].Speaker);
            // A kind this linker does not know reads as a description, as in a person of several speakers.
            var known = speaker.Kind is SpeakerKind.Person or SpeakerKind.Organisation ? speaker.Kind : SpeakerKind.Description;
            return (new PersonModel("", known, speaker.Name, speaker.OtherForms, speaker.Roles, speaker.References,
                new EquatableArray<SpeakerReference>(new[] { new SpeakerReference(id, speaker.Name) })), speaker.Slug);
        }

        var kind = cluster.Any(n => n.Speaker.Kind == SpeakerKind.Person) ? SpeakerKind.Person
            : cluster.Any(n => n.Speaker.Kind == SpeakerKind.Organisation) ? SpeakerKind.Organisation
            : SpeakerKind.Description;
        var fullest = FullestName(cluster, kind);
        var name = fullest.Name;
        var aliases = new List<string>();
        var roles = new List<string>();
        var references = new List<PersonReference>();
        var speakers = new List<SpeakerReference>(cluster.Count);
        foreach (var node in cluster)
        {
            if (node.Speaker.Name != name) aliases.Add(node.Speaker.Name);
            foreach (var alias in node.Speaker.OtherForms)
            {
                if (alias != name) aliases.Add(alias);
            }
            roles.AddRange(node.Speaker.Roles);
            references.AddRange(node.Speaker.References);
            speakers.Add(new SpeakerReference(node.ArticleId, node.Speaker.Name));
        }
        return (new PersonModel("", kind, name,
            Sorted.Distinct(aliases, string.CompareOrdinal),
            Sorted.CaseDistinct(Sorted.Distinct(roles, string.CompareOrdinal)),
            Sorted.Distinct(references, CompareReferences),
            Sorted.Distinct(speakers, CompareSpeakers)), fullest.Slug);
    }

    // The fullest form: the most words, then the most quoted, then the ordinally first.
    private static LinkableSpeaker FullestName(List<Node> cluster, SpeakerKind kind)
    {
        var quoted = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in cluster) quoted[node.Speaker.Name] = (quoted.TryGetValue(node.Speaker.Name, out var n) ? n : 0) + node.Speaker.References.Count;
        LinkableSpeaker? best = null;
        foreach (var node in cluster)
        {
            var speaker = node.Speaker;
            if (speaker.Kind != kind) continue;
            var better = best is null || speaker.Words > best.Words
                || (speaker.Words == best.Words && (quoted[speaker.Name] > quoted[best.Name]
                    || (quoted[speaker.Name] == quoted[best.Name] && string.CompareOrdinal(speaker.Name, best.Name) < 0)));
            if (better) best = speaker;
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

    // By name, then by where they first speak (article, then the name used there); ties keep the clusters'
    // order. Sorted by name alone first, with the runtime's own string sort, then each run of one name
    // (thousands of unlinked "Residents") by the rest. Returns the people's positions in that order.
    internal static int[] InOrder(IReadOnlyList<PersonModel> people)
    {
        var names = new string[people.Count];
        var positions = new int[people.Count];
        for (var i = 0; i < positions.Length; i++)
        {
            names[i] = people[i].Name;
            positions[i] = i;
        }
        Array.Sort(names, positions, StringComparer.Ordinal);
        var byFirst = Comparer<int>.Create((a, b) =>
        {
            var order = CompareFirst(people[a], people[b]);
            return order != 0 ? order : a.CompareTo(b);
        });
        for (var start = 0; start < names.Length;)
        {
            var end = start + 1;
            while (end < names.Length && string.Equals(names[end], names[start], StringComparison.Ordinal)) end++;
            if (end - start > 1) Array.Sort(positions, start, end - start, byFirst);
            start = end;
        }
        return positions;
    }

    // Orders as the strings article + U+0001 + speaker would, "" for a person who never speaks.
    private static int CompareFirst(PersonModel left, PersonModel right)
    {
        if (left.Speakers.Count == 0) return right.Speakers.Count == 0 ? 0 : -1;
        if (right.Speakers.Count == 0) return 1;
        var (a, b) = (left.Speakers[0], right.Speakers[0]);
        if (a.ArticleId == b.ArticleId) return string.CompareOrdinal(a.Speaker, b.Speaker);
        // Ids that differ before either ends order the strings as they order themselves.
        var common = Math.Min(a.ArticleId.Length, b.ArticleId.Length);
        if (string.CompareOrdinal(a.ArticleId, 0, b.ArticleId, 0, common) != 0) return string.CompareOrdinal(a.ArticleId, b.ArticleId);
        var (aLength, bLength) = (a.ArticleId.Length + 1 + a.Speaker.Length, b.ArticleId.Length + 1 + b.Speaker.Length);
        for (var i = common; i < aLength && i < bLength; i++)
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
}
