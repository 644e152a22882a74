using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Corpus.Extraction.Model;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.People;

/// <summary>
/// Reads an article's speakers into what the linker joins them by: a person's surname and given name,
/// an organisation's keys, and what the person they join will show. All of it depends on the article
/// alone, so it is worked out once per article, not once per link of the corpus.
/// </summary>
internal static class LinkPreparation
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

    public static LinkableArticle Prepare(string articleId, IReadOnlyList<QuoteModel> quotes, IReadOnlyList<SpeakerModel> speakers)
    {
        // A name is the speaker's key within the article: the first speaker of a name is the one quotes refer to.
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        var kept = new List<SpeakerModel>(speakers.Count);
        foreach (var speaker in speakers)
        {
            if (byName.ContainsKey(speaker.Name)) continue;
            byName[speaker.Name] = kept.Count;
            kept.Add(speaker);
        }

        var references = new List<PersonReference>?[kept.Count];
        for (var i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            if (quote.Speaker is { } speaker && byName.TryGetValue(speaker, out var said)) Add(references, said, new PersonReference(articleId, i, ReferenceRole.Speaker));
            if (quote.Via is { } via && byName.TryGetValue(via, out var relayed)) Add(references, relayed, new PersonReference(articleId, i, ReferenceRole.Via));
        }

        var linkable = new LinkableSpeaker[kept.Count];
        for (var s = 0; s < linkable.Length; s++)
        {
            var speaker = kept[s];
            var person = speaker.Kind == SpeakerKind.Person ? PersonName.Parse(speaker.Name) : default;
            linkable[s] = new LinkableSpeaker(
                speaker.Kind,
                speaker.Name,
                Sorted.Distinct(speaker.Aliases.Where(alias => alias != speaker.Name).ToList(), string.CompareOrdinal),
                Sorted.CaseDistinct(Sorted.Distinct(speaker.Roles.ToList(), string.CompareOrdinal)),
                // Added in quote order, the speaker's role before the medium's: already in order.
                references[s] is { } list ? new EquatableArray<PersonReference>(list.ToArray()) : EquatableArray<PersonReference>.Empty,
                person.Surname ?? "",
                person.GivenKey,
                speaker.Kind == SpeakerKind.Organisation ? OrganisationKeys(speaker) : EquatableArray<string>.Empty,
                NameWords.Count(speaker.Name),
                Slug(speaker.Name));
        }
        var listedNames = new string[speakers.Count];
        for (var s = 0; s < listedNames.Length; s++) listedNames[s] = speakers[s].Name;
        return new LinkableArticle(articleId, quotes.Count, new EquatableArray<LinkableSpeaker>(linkable), new EquatableArray<string>(listedNames));
    }

    private static void Add(List<PersonReference>?[] references, int speaker, PersonReference reference) =>
        (references[speaker] ??= new List<PersonReference>()).Add(reference);

    private static EquatableArray<string> OrganisationKeys(SpeakerModel speaker)
    {
        var keys = new List<string>();
        foreach (var form in new[] { speaker.Name }.Concat(speaker.Aliases))
        {
            if (!IsProper(form)) continue;
            var key = NameKeys.Organisation(form);
            if (key.Length > 0 && !keys.Contains(key)) keys.Add(key);
        }
        return keys.ToEquatableArray();
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

    /// <summary>The name in lower-case ASCII letters and digits joined by hyphens: a person's key.</summary>
    public static string Slug(string name)
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
