namespace Corpus.Extraction.Quotes.Speakers;

internal enum MentionKind : byte
{
    /// <summary>A name, with or without role and honorific: "Kremlin spokesperson Natalia Timakova", "Ms. Otunbayeva".</summary>
    Person,

    /// <summary>One capitalised word: "Medvedev", "Kremlin". A person if the article names a person so; else an organisation.</summary>
    SingleName,

    Pronoun,

    /// <summary>A role with "the" and no name: "the interim leader". Refers to the person the article introduced with it.</summary>
    Role,

    /// <summary>An unnamed source: "a senior military official", "witnesses", "the source".</summary>
    Description,

    Organisation,
}
