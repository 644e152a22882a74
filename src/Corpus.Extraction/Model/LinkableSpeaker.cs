namespace Corpus.Extraction.Model;

/// <summary>
/// One speaker of one article as the people linker reads it: what the person it joins shows (its name,
/// other forms, roles and the quotes it said or relayed) and the keys it is joined by. Made once per
/// article (<see cref="People.PeopleLinker.Prepare(string, System.Collections.Generic.IReadOnlyList{QuoteModel}, System.Collections.Generic.IReadOnlyList{SpeakerModel})"/>),
/// so that linking a corpus again after one article changed reads every other speaker as it was.
/// </summary>
public sealed record LinkableSpeaker
{
    internal LinkableSpeaker(
        SpeakerKind kind,
        string name,
        EquatableArray<string> otherForms,
        EquatableArray<string> roles,
        EquatableArray<PersonReference> references,
        string surname,
        string? givenKey,
        EquatableArray<string> organisationKeys,
        int words,
        string slug)
    {
        Kind = kind;
        Name = name;
        OtherForms = otherForms;
        Roles = roles;
        References = references;
        Surname = surname;
        GivenKey = givenKey;
        OrganisationKeys = organisationKeys;
        Words = words;
        Slug = slug;
    }

    public SpeakerKind Kind { get; }

    /// <summary>The speaker's name in the article, unique within it.</summary>
    public string Name { get; }

    /// <summary>The article's other forms of the speaker, ordinally sorted, each once.</summary>
    public EquatableArray<string> OtherForms { get; }

    /// <summary>The roles the article gives the speaker, ordinally sorted, each once ignoring case.</summary>
    public EquatableArray<string> Roles { get; }

    /// <summary>The quotes the speaker said or relayed, by quote and then role.</summary>
    public EquatableArray<PersonReference> References { get; }

    // The person's folded surname, "" for a speaker not linked by name.
    internal string Surname { get; }

    // The given name's key; null for a surname alone.
    internal string? GivenKey { get; }

    // The keys an organisation's forms are joined by; none for a generic one ("the health ministry").
    internal EquatableArray<string> OrganisationKeys { get; }

    internal int Words { get; }

    internal string Slug { get; }
}
