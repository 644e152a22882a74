namespace Corpus.Extraction.Model;

/// <summary>
/// One real speaker across the corpus: a person, an organisation or an anonymous source.
/// <see cref="Key"/> is a stable, unique slug of the name; <see cref="Name"/> the fullest form any
/// article uses; <see cref="Aliases"/> every other form; <see cref="References"/> every quote they said
/// or relayed; <see cref="Speakers"/> the article speakers merged into this person.
/// </summary>
public sealed record PersonModel(
    string Key,
    SpeakerKind Kind,
    string Name,
    EquatableArray<string> Aliases,
    EquatableArray<string> Roles,
    EquatableArray<PersonReference> References,
    EquatableArray<SpeakerReference> Speakers);
