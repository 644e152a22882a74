namespace Corpus.Extraction.Model;

public enum SpeakerKind
{
    /// <summary>A named person.</summary>
    Person,

    /// <summary>An organisation, office or outlet: the Kremlin, the Defence Ministry, local media reports.</summary>
    Organisation,

    /// <summary>An unnamed source, kept as its description: a senior military official.</summary>
    Description,
}

/// <summary>
/// Someone an article quotes, or the medium it quotes them through, with every form the article uses.
/// <see cref="Name"/> is the fullest form (for a person, the fullest name without honorific or role),
/// unique within the article (quotes refer to their speaker by it);
/// <see cref="Aliases"/> are the other forms in order of first use (never pronouns); <see cref="Roles"/>
/// the roles the article gives them; <see cref="Mentions"/> every span resolved to them, pronouns included.
/// </summary>
public sealed record SpeakerModel(
    SpeakerKind Kind,
    string Name,
    EquatableArray<string> Aliases,
    EquatableArray<string> Roles,
    EquatableArray<TextRange> Mentions);
