using System;

namespace Corpus.Extraction.Quotes.Vocabulary;

/// <summary>The vocabulary lists a lower-case word is on, as the readers test them.</summary>
[Flags]
internal enum WordClass : ushort
{
    None = 0,

    /// <summary>A word a speech cue starts with: a form of a speech verb, "according", "quoted", "cited", "pointed".</summary>
    CueStart = 1 << 0,

    /// <summary>A form of a speech verb that is no noun: "said", "warned" (not "reports").</summary>
    VerbOnlyCue = 1 << 1,

    /// <summary>A closed-class word or a determiner.</summary>
    FunctionWord = 1 << 2,

    Connective = 1 << 3,

    Adverb = 1 << 4,

    /// <summary>A time word whatever its context (<see cref="TimeWords"/>).</summary>
    TimeWord = 1 << 5,

    /// <summary>A time word only in some contexts: "may", "jan", "sun".</summary>
    AmbiguousTimeWord = 1 << 6,

    Honorific = 1 << 7,

    /// <summary>A role or an occupation, in either number (<see cref="RoleWords"/>).</summary>
    Role = 1 << 8,

    /// <summary>A noun for an unnamed speaker, in either number (<see cref="DescriptionWords"/>).</summary>
    Description = 1 << 9,

    /// <summary>A noun that heads an organisation's name: "ministry", "agency".</summary>
    OrganisationHead = 1 << 10,

    /// <summary>A document that speaks for its author: "statement", "report".</summary>
    Document = 1 << 11,
}
