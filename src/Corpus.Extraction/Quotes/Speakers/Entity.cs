using System.Collections.Generic;
using System.Linq;
using Corpus.Extraction.Model;
using Corpus.Extraction.People;
using Corpus.Extraction.Quotes.Vocabulary;

namespace Corpus.Extraction.Quotes.Speakers;

/// <summary>One person, organisation or unnamed source of an article, and every mention resolved to it.</summary>
internal sealed class Entity
{
    public Entity(SpeakerKind kind, int order)
    {
        Kind = kind;
        Order = order;
    }

    public SpeakerKind Kind { get; set; }

    public int Order { get; }

    public List<Mention> Mentions { get; } = new();

    public Gender Gender { get; set; }

    public bool Plural { get; set; }

    private string? _givenKey;

    public string? Given { get; private set; }

    /// <summary>The given name as <see cref="NameKeys.GivenKeysCompatible"/> compares it, folded once per name.</summary>
    public string GivenKey => _givenKey ??= NameKeys.GivenKey(Given);

    /// <summary>The head noun of an organisation's or a description's name: "ministry", "official".</summary>
    public string? Head { get; set; }

    // Most entities (organisations, sources, people named without a role) never get a role word.
    private HashSet<string>? _roleWords;

    /// <summary>The words qualifying a role, gathered from every mention with a role: "interim", "Kyrgyz".</summary>
    public IEnumerable<string> RoleWords => _roleWords ?? Enumerable.Empty<string>();

    public bool HasRoleWord(string word) => _roleWords is not null && _roleWords.Contains(word);

    /// <summary>The first quote that refers to it (as speaker or medium), which orders the article's speakers.</summary>
    public int FirstQuote { get; set; } = int.MaxValue;

    /// <summary>Where it was last mentioned so far (mentions are added in text order), or -1.</summary>
    public int LastPosition { get; private set; } = -1;

    /// <summary>Where the article first names it (known before the mentions are read in order).</summary>
    public int FirstPosition { get; set; } = int.MaxValue;

    public void Add(Mention mention)
    {
        Mentions.Add(mention);
        if (mention.Position > LastPosition) LastPosition = mention.Position;
        if (mention.Position < FirstPosition) FirstPosition = mention.Position;
        if (Gender == Gender.Unknown && mention.Kind != MentionKind.Pronoun) Gender = mention.Gender;
        Learn(mention);
    }

    /// <summary>Takes the name and role a mention gives, without counting it as mentioned yet.</summary>
    public void Learn(Mention mention)
    {
        if (mention.Given is not null && (Given is null || mention.Given.Length > Given.Length))
        {
            Given = mention.Given;
            _givenKey = null;
        }
        if (mention.Kind is MentionKind.Person or MentionKind.SingleName && mention.Head is not null && mention.Modifiers.Length > 0)
        {
            _roleWords ??= new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var word in mention.Modifiers) _roleWords.Add(word);
        }
    }
}
