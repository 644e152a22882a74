using System;
using Corpus.Extraction.Model;
using Corpus.Extraction.Quotes.Vocabulary;

namespace Corpus.Extraction.Quotes.Speakers;

/// <summary>Words in the reporter's text that name (or point to) someone, and what they say of them.</summary>
internal sealed class Mention
{
    private readonly string _text;
    private readonly TextRange _written;
    private string? _surface;

    /// <summary>A mention of the words <paramref name="written"/> of <paramref name="text"/>.</summary>
    public Mention(string text, TextRange written)
    {
        _text = text;
        _written = written;
        Range = written;
    }

    public MentionKind Kind { get; set; }

    public TextRange Range { get; set; }

    /// <summary>
    /// The words first read as this mention, as written, on one line: "the interim President", "Kremlin
    /// spokesperson Natalia Timakova". Made on first use, as many mentions read are dropped unused.
    /// </summary>
    public string Surface => _surface ??= MentionReader.Surface(_text, _written);

    /// <summary>A person's name ("Natalia Timakova"), an organisation's ("Defence Ministry"), or null.</summary>
    public string? Name { get; set; }

    public string? Given { get; set; }

    public string? Surname { get; set; }

    /// <summary>"Ms.", "Gov.": part of an alias, never of the name.</summary>
    public string? Honorific { get; set; }

    /// <summary>The role as written before or beside the name: "Kremlin spokesperson", "shadow chancellor".</summary>
    public string? Role { get; set; }

    /// <summary>The head noun of the role or description, normalised: "spokesperson", "official", "ministry".</summary>
    public string? Head { get; set; }

    /// <summary>The other words of the role or description, lower case: "interim", "kremlin".</summary>
    public string[] Modifiers { get; set; } = Array.Empty<string>();

    /// <summary>Of <see cref="Modifiers"/>, those written with a capital: "kremlin", "russian".</summary>
    public string[] ProperModifiers { get; set; } = Array.Empty<string>();

    public bool Definite { get; set; }

    /// <summary>One of a group met before: "one of the sources", "one diplomat".</summary>
    public bool Partitive { get; set; }

    public bool Plural { get; set; }

    public Gender Gender { get; set; }

    /// <summary>Something besides the name says this is a person: an appositive role, an age.</summary>
    public bool PersonLike { get; set; }

    public int Block { get; set; }

    /// <summary>The mention is its sentence's subject: a pronoun prefers such antecedents.</summary>
    public bool Subject { get; set; }

    public int Position => Range.Start;

    public override string ToString() => $"{Kind}: {Surface}";
}
