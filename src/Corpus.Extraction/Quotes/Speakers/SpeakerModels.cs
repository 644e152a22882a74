using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Extraction.Model;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Quotes.Speakers;

/// <summary>
/// Turns resolved entities into <see cref="SpeakerModel"/>s: the fullest form as the name (a person's
/// longest name, never with honorific or role), every other form as an alias, the roles given.
/// </summary>
internal static class SpeakerModels
{
    public static SpeakerModel Build(Entity entity)
    {
        var name = Name(entity);
        // A speaker has a few aliases and roles: a list searched in order costs less than a set beside it.
        var aliases = new List<string>();
        var roles = new List<string>();
        foreach (var mention in entity.Mentions)
        {
            switch (mention.Kind)
            {
                case MentionKind.Pronoun:
                    continue;
                case MentionKind.Person or MentionKind.SingleName when mention.Name is not null:
                    if (mention.Honorific is not null) AddDistinct(aliases, mention.Honorific + " " + mention.Name, name, StringComparison.Ordinal);
                    AddDistinct(aliases, mention.Name, name, StringComparison.Ordinal);
                    break;
                case MentionKind.Organisation when mention.Name is not null:
                    AddDistinct(aliases, mention.Name, name, StringComparison.Ordinal);
                    break;
                default:
                    AddDistinct(aliases, mention.Surface, name, StringComparison.Ordinal);
                    break;
            }
            if (entity.Kind == SpeakerKind.Person && mention.Role is { Length: > 0 } role) AddDistinct(roles, role, null, StringComparison.OrdinalIgnoreCase);
        }
        return new SpeakerModel(entity.Kind, name, aliases.ToEquatableArray(), roles.ToEquatableArray(), new EquatableArray<TextRange>(Ranges(entity.Mentions)));
    }

    // Where the speaker is mentioned, each range once, by start then length.
    private static TextRange[] Ranges(List<Mention> mentions)
    {
        var ranges = new TextRange[mentions.Count];
        for (var i = 0; i < ranges.Length; i++) ranges[i] = mentions[i].Range;
        Array.Sort(ranges, (x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : x.Length.CompareTo(y.Length));
        var count = 0;
        for (var i = 0; i < ranges.Length; i++)
        {
            if (count == 0 || !ranges[i].Equals(ranges[count - 1])) ranges[count++] = ranges[i];
        }
        if (count < ranges.Length) Array.Resize(ref ranges, count);
        return ranges;
    }

    private static string Name(Entity entity)
    {
        // An unnamed source is named as it was introduced ("two sources", not "one of the sources").
        if (entity.Kind == SpeakerKind.Description)
        {
            string? introduced = null;
            foreach (var mention in entity.Mentions)
            {
                if (mention.Kind is MentionKind.Description or MentionKind.Role && !mention.Definite && (introduced is null || mention.Surface.Length > introduced.Length))
                    introduced = mention.Surface;
            }
            if (introduced is not null) return introduced;
        }
        string? best = null;
        var bestWords = 0;
        foreach (var mention in entity.Mentions)
        {
            string? candidate = entity.Kind switch
            {
                SpeakerKind.Person => mention.Kind is MentionKind.Person or MentionKind.SingleName ? mention.Name : null,
                SpeakerKind.Organisation => mention.Kind == MentionKind.Organisation ? mention.Name ?? MentionReader.WithoutDeterminer(mention.Surface) : null,
                _ => mention.Kind is MentionKind.Description or MentionKind.Role ? mention.Surface : null,
            };
            if (candidate is null) continue;
            var words = entity.Kind == SpeakerKind.Person ? NameWords.Count(candidate) : candidate.Length;
            if (words > bestWords)
            {
                best = candidate;
                bestWords = words;
            }
        }
        return best ?? entity.Mentions.FirstOrDefault(m => m.Kind != MentionKind.Pronoun)?.Surface ?? "unknown";
    }

    private static void AddDistinct(List<string> list, string item, string? name, StringComparison comparison)
    {
        if (item.Length == 0 || string.Equals(item, name, comparison)) return;
        foreach (var existing in list)
        {
            if (string.Equals(existing, item, comparison)) return;
        }
        list.Add(item);
    }
}
