namespace Corpus;

public enum PersonKind
{
    /// <summary>A named person: Roza Otunbayeva.</summary>
    Person,

    /// <summary>An organisation that speaks: the Kremlin, the Defence Ministry, local media.</summary>
    Organisation,

    /// <summary>An anonymous source, kept as its description: a senior military official.</summary>
    Description,
}
