using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Extraction.Model;

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
        var aliases = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { name };
        var roles = new List<string>();
        var roleSeen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var mention in entity.Mentions)
        {
            switch (mention.Kind)
            {
                case MentionKind.Pronoun:
                    continue;
                case MentionKind.Person or MentionKind.SingleName when mention.Name is not null:
                    if (mention.Honorific is not null) AddDistinct(aliases, seen, mention.Honorific + " " + mention.Name, name);
                    AddDistinct(aliases, seen, mention.Name, name);
                    break;
                case MentionKind.Organisation when mention.Name is not null:
                    AddDistinct(aliases, seen, mention.Name, name);
                    break;
                default:
                    AddDistinct(aliases, seen, mention.Surface, name);
                    break;
            }
            if (entity.Kind == SpeakerKind.Person && mention.Role is { Length: > 0 } role && roleSeen.Add(role)) roles.Add(role);
        }
        var mentions = entity.Mentions.Select(m => m.Range).Distinct().OrderBy(r => r.Start).ThenBy(r => r.Length).ToArray();
        return new SpeakerModel(entity.Kind, name, aliases.ToEquatableArray(), roles.ToEquatableArray(), new EquatableArray<TextRange>(mentions));
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
            var words = entity.Kind == SpeakerKind.Person ? candidate.Split(' ').Length : candidate.Length;
            if (words > bestWords)
            {
                best = candidate;
                bestWords = words;
            }
        }
        return best ?? entity.Mentions.FirstOrDefault(m => m.Kind != MentionKind.Pronoun)?.Surface ?? "unknown";
    }

    private static void AddDistinct(List<string> aliases, HashSet<string> seen, string alias, string name)
    {
        if (alias.Length == 0 || !seen.Add(alias)) return;
        aliases.Add(alias);
    }
}
