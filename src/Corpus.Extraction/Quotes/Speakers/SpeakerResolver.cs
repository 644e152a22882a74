using System.Collections.Generic;
using Corpus.Extraction.Model;
using Corpus.Extraction.People;
using Corpus.Extraction.Quotes.Vocabulary;

namespace Corpus.Extraction.Quotes.Speakers;

/// <summary>
/// Resolves mentions to the article's people, organisations and unnamed sources, reading mentions in
/// text order:
/// <list type="bullet">
/// <item>names by surname, given names compatible (Rosa and Roza are one person); a lone capitalised
/// word is the person of that surname if the article names one, otherwise an organisation ("Kremlin");</item>
/// <item>a role with "the" to the person introduced with that role, the one whose role shares most of
/// its words ("the interim President" is Rosa Otunbayeva, not President Medvedev), never across
/// nationalities, the nearest earlier one on a tie, else the first named later;</item>
/// <item>a definite description to the nearest earlier unnamed source with its head noun, or any
/// earlier one for a generic head ("the source");</item>
/// <item>he/she to the nearest earlier compatible person, speakers and sentence subjects first; they to
/// an organisation or a plural source; it to an organisation.</item>
/// </list>
/// Every lookup is bounded (dictionaries and a recent window), so resolution is linear.
/// </summary>
internal sealed class SpeakerResolver
{
    private const int Recent = 40;

    private readonly List<Entity> _entities = new();
    private readonly Dictionary<string, List<Entity>> _bySurname = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, List<Entity>> _byRole = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, Entity> _organisations = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, string> _organisationKeys = new(System.StringComparer.Ordinal);
    private readonly Dictionary<Mention, Entity> _clusters = new();
    private readonly List<Entity> _descriptions = new();
    private readonly List<(Entity Entity, int Block, bool Salient)> _salience = new();

    public IReadOnlyList<Entity> Entities => _entities;

    /// <summary>Groups the named people of the whole article by surname, before any mention is read in order.</summary>
    public void Cluster(IEnumerable<Mention> people)
    {
        foreach (var mention in people)
        {
            if (mention.Surname is null) continue;
            var entity = FindPerson(mention.Surname, mention.Given, mention.Position) ?? NewPerson(mention.Surname);
            entity.Learn(mention);
            if (mention.Position < entity.FirstPosition) entity.FirstPosition = mention.Position;
            if (entity.Gender == Gender.Unknown) entity.Gender = mention.Gender;
            _clusters[mention] = entity;
            IndexRoles(entity, mention);
        }
    }

    /// <summary>A person or organisation named in the reporter's text, met in text order.</summary>
    public void Observe(Mention mention)
    {
        if (mention.Kind == MentionKind.Organisation)
        {
            // Named, not yet heard: an antecedent for "the company" and "it", not a speaker.
            var organisation = ResolveOrganisation(mention);
            organisation.Add(mention);
            _salience.Add((organisation, mention.Block, mention.Subject));
            return;
        }
        if (!_clusters.TryGetValue(mention, out var entity)) return;
        entity.Add(mention);
        _salience.Add((entity, mention.Block, mention.Subject));
    }

    /// <summary>The entity a speaker's mention refers to, or null (an unresolved pronoun).</summary>
    public Entity? Resolve(Mention mention)
    {
        var entity = mention.Kind switch
        {
            MentionKind.Person => ResolvePerson(mention),
            MentionKind.SingleName => ResolveSingleName(mention),
            MentionKind.Organisation => ResolveOrganisation(mention),
            MentionKind.Role => ResolveRole(mention) ?? ResolveDescription(mention),
            MentionKind.Description => ResolveDescription(mention),
            MentionKind.Pronoun => ResolvePronoun(mention),
            _ => null,
        };
        if (entity is null) return null;
        entity.Add(mention);
        if (mention.Kind == MentionKind.Pronoun && entity.Gender == Gender.Unknown) entity.Gender = mention.Gender;
        _salience.Add((entity, mention.Block, true));
        return entity;
    }

    /// <summary>The medium a quote was relayed through: always an organisation.</summary>
    public Entity ResolveMedium(Mention mention)
    {
        mention.Kind = MentionKind.Organisation;
        mention.Name ??= MentionReader.WithoutDeterminer(mention.Surface);
        var entity = ResolveOrganisation(mention);
        entity.Add(mention);
        return entity;
    }

    private Entity ResolvePerson(Mention mention)
    {
        if (_clusters.TryGetValue(mention, out var clustered)) return clustered;
        var entity = FindPerson(mention.Surname!, mention.Given, mention.Position) ?? NewPerson(mention.Surname!);
        IndexRoles(entity, mention);
        return entity;
    }

    private Entity ResolveSingleName(Mention mention)
    {
        var person = mention.Surname is null ? null : FindPerson(mention.Surname, null, mention.Position);
        if (person is not null)
        {
            mention.Kind = MentionKind.Person;
            return person;
        }
        // A surname the article never spelled out in full, but that tells a gender (an honorific, a
        // Slavic ending: Medvedev, Otunbayeva), is a person's.
        if (mention.PersonLike || mention.Gender != Gender.Unknown)
        {
            mention.Kind = MentionKind.Person;
            var entity = NewPerson(mention.Surname ?? mention.Surface);
            IndexRoles(entity, mention);
            return entity;
        }
        // Nobody of that name: one capitalised word that speaks is an organisation ("Kremlin said").
        mention.Kind = MentionKind.Organisation;
        mention.Name ??= mention.Surface;
        return ResolveOrganisation(mention);
    }

    private Entity ResolveOrganisation(Mention mention)
    {
        var key = OrganisationKey(mention.Name ?? MentionReader.WithoutDeterminer(mention.Surface));
        if (_organisations.TryGetValue(key, out var known)) return known;
        // "the ministry", "the company", "the airline": the organisation of that kind met last.
        if (mention.Definite && mention.Modifiers.Length == 0 && mention.Head is { } head)
        {
            var business = OrganisationWords.IsBusinessNoun(head);
            for (var i = _salience.Count - 1; i >= 0 && i >= _salience.Count - Recent; i--)
            {
                var candidate = _salience[i].Entity;
                if (candidate.Kind != SpeakerKind.Organisation) continue;
                if (candidate.Head == head || (business && candidate.Head is { } other && OrganisationWords.IsBusinessHead(other))) return candidate;
            }
        }
        var entity = New(SpeakerKind.Organisation);
        entity.Head = mention.Head;
        entity.Plural = mention.Plural;
        _organisations[key] = entity;
        return entity;
    }

    // An organisation is named the same way again and again in an article: its key is worked out once.
    private string OrganisationKey(string name)
    {
        if (!_organisationKeys.TryGetValue(name, out var key)) _organisationKeys[name] = key = NameKeys.Organisation(name);
        return key;
    }

    private Entity? ResolveRole(Mention mention)
    {
        if (mention.Head is null || !_byRole.TryGetValue(mention.Head, out var candidates)) return null;
        Entity? best = null;
        var bestScore = int.MinValue;
        for (var c = WindowStart(candidates); c < candidates.Count; c++)
        {
            var candidate = candidates[c];
            var score = 0;
            foreach (var word in mention.Modifiers)
            {
                if (candidate.HasRoleWord(word)) score++;
            }
            if (Conflicts(mention, candidate)) continue;
            if (score > bestScore || (score == bestScore && Better(candidate, best!, mention.Position, here: true)))
            {
                best = candidate;
                bestScore = score;
            }
        }
        if (best is not null) mention.Kind = MentionKind.Role;
        return best;
    }

    // Mentioned before (the later the better), else introduced after (the sooner the better).
    // With <paramref name="here"/>, mentioned at this very position counts as latest: one role read for a
    // direct and a reported quote ("…,” the ambassador added, adding that…) resolves twice, and must name
    // the same person twice.
    private static bool Better(Entity candidate, Entity best, int position, bool here = false)
    {
        var last = here ? position + 1 : position;
        var a = candidate.LastPosition >= 0 && candidate.LastPosition < last ? candidate.LastPosition : -1;
        var b = best.LastPosition >= 0 && best.LastPosition < last ? best.LastPosition : -1;
        if (a != b) return a > b;
        return candidate.FirstPosition < best.FirstPosition;
    }

    // Words that make another office of a role: "the interim President" is not President Medvedev.
    private static readonly HashSet<string> RoleChanging = FunctionWords.Set(
        "interim", "acting", "former", "ex", "deputy", "vice", "assistant", "associate", "outgoing", "incoming",
        "caretaker", "transitional", "provisional", "co", "shadow", "junior", "honorary", "elect");

    // "the Polish president" is never the Ukrainian one; "the interim President" never plain President Medvedev.
    private static bool Conflicts(Mention mention, Entity candidate)
    {
        foreach (var word in mention.Modifiers)
        {
            if (RoleChanging.Contains(word) && !candidate.HasRoleWord(word)) return true;
        }
        foreach (var proper in mention.ProperModifiers)
        {
            if (!Vocabulary.RoleWords.IsDemonym(proper) || candidate.HasRoleWord(proper)) continue;
            foreach (var word in candidate.RoleWords)
            {
                if (Vocabulary.RoleWords.IsDemonym(word)) return true;
            }
        }
        return false;
    }

    private Entity ResolveDescription(Mention mention)
    {
        mention.Kind = MentionKind.Description;
        var head = mention.Head;
        if (head is not null && (mention.Definite || mention.Plural || mention.Partitive))
        {
            var generic = DescriptionWords.IsGeneric(Vocabulary.RoleWords.Singular(head));
            for (var i = _descriptions.Count - 1; i >= 0 && i >= _descriptions.Count - Recent; i--)
            {
                var candidate = _descriptions[i];
                // "one diplomat" after "Western diplomats said": one of that group.
                if (mention.Partitive && !mention.Definite && !(candidate.Head == head && candidate.Plural)) continue;
                if (candidate.Head == head || (generic && candidate.Plural == mention.Plural)) return candidate;
            }
        }
        var entity = New(SpeakerKind.Description);
        entity.Head = head;
        entity.Plural = mention.Plural;
        entity.Gender = mention.Gender;
        _descriptions.Add(entity);
        return entity;
    }

    private Entity? ResolvePronoun(Mention mention)
    {
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = _salience.Count - 1; i >= 0 && i >= _salience.Count - Recent; i--)
            {
                var (entity, block, salient) = _salience[i];
                if (mention.Block - block > 3) break;
                if (pass == 0 && !salient) continue;
                if (Agrees(mention, entity)) return entity;
            }
        }
        return null;
    }

    private static bool Agrees(Mention pronoun, Entity entity) => pronoun.Head switch
    {
        "he" or "she" => (entity.Kind == SpeakerKind.Person || (entity.Kind == SpeakerKind.Description && !entity.Plural))
                         && (entity.Gender == Gender.Unknown || entity.Gender == pronoun.Gender),
        "they" => entity.Kind == SpeakerKind.Organisation || (entity.Kind == SpeakerKind.Description && entity.Plural),
        "it" => entity.Kind == SpeakerKind.Organisation && !entity.Plural
                || (entity.Kind == SpeakerKind.Description && !entity.Plural && entity.Head is { } head && !DescriptionWords.IsDescription(head) && !Vocabulary.RoleWords.IsRole(head)),
        _ => false,
    };

    private Entity? FindPerson(string surname, string? given, int position)
    {
        if (!_bySurname.TryGetValue(NameKeys.Person(surname), out var list)) return null;
        var givenKey = NameKeys.GivenKey(given);
        Entity? best = null;
        for (var e = WindowStart(list); e < list.Count; e++)
        {
            var entity = list[e];
            if (!NameKeys.GivenKeysCompatible(givenKey, entity.GivenKey)) continue;
            if (best is null || Better(entity, best, position)) best = entity;
        }
        return best;
    }

    private Entity NewPerson(string surname)
    {
        var entity = New(SpeakerKind.Person);
        var key = NameKeys.Person(surname);
        if (!_bySurname.TryGetValue(key, out var list)) _bySurname[key] = list = new List<Entity>();
        list.Add(entity);
        return entity;
    }

    private void IndexRoles(Entity entity, Mention mention)
    {
        if (mention.Head is not { } head) return;
        if (!_byRole.TryGetValue(head, out var list)) _byRole[head] = list = new List<Entity>();
        if (list.Count == 0 || !ReferenceEquals(list[list.Count - 1], entity)) list.Add(entity);
    }

    private Entity New(SpeakerKind kind)
    {
        var entity = new Entity(kind, _entities.Count);
        _entities.Add(entity);
        return entity;
    }

    // Lists can grow with the article; the candidates worth comparing are the most recent ones.
    private static int WindowStart(List<Entity> list) => System.Math.Max(0, list.Count - Recent);
}
