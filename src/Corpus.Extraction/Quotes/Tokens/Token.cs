using Corpus.Extraction.Quotes.Vocabulary;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Quotes.Tokens;

internal enum TokenKind : byte
{
    Word,
    Punct,

    /// <summary>A whole quotation (marks included), read as one opaque word of the reporter's sentence.</summary>
    Quote,
}

/// <summary>
/// A word, a punctuation character or a quotation of the reporter's text. <see cref="Lower"/> is the
/// word in lower case without an abbreviation's full stop ("ms" for "Ms."); for a quotation,
/// <see cref="Part"/> indexes the quote parts of the article.
/// </summary>
internal readonly struct Token
{
    public Token(TokenKind kind, int start, int end, string lower, WordClass classes, bool capitalized, bool allCaps, bool period, int part)
        : this(kind, start, end, lower, Possessives.Strip(lower), classes, capitalized, allCaps, period, part)
    {
    }

    /// <param name="bare"><paramref name="lower"/> without a possessive ending (<see cref="Possessives.Strip"/>), given when it is known.</param>
    public Token(TokenKind kind, int start, int end, string lower, string bare, WordClass classes, bool capitalized, bool allCaps, bool period, int part)
    {
        Kind = kind;
        Start = start;
        End = end;
        Lower = lower;
        Bare = bare;
        Classes = classes;
        BareClasses = ReferenceEquals(bare, lower) ? classes : WordClasses.Of(bare);
        Capitalized = capitalized;
        AllCaps = allCaps;
        Period = period;
        Part = part;
    }

    public TokenKind Kind { get; }

    public int Start { get; }

    public int End { get; }

    public string Lower { get; }

    /// <summary>The first letter is upper case: a name, or a word opening a sentence.</summary>
    public bool Capitalized { get; }

    /// <summary>Two or more letters, all upper case: an acronym (ITAR-TASS, PTI, UN).</summary>
    public bool AllCaps { get; }

    /// <summary>The word ends in an abbreviation's full stop ("Ms.", "U.S.").</summary>
    public bool Period { get; }

    public int Part { get; }

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsQuote => Kind == TokenKind.Quote;

    public bool IsPunct(char c) => Kind == TokenKind.Punct && Lower.Length == 1 && Lower[0] == c;

    /// <summary>The word without a possessive ending: "russia" for "Russia's", "farmers" for "farmers'".</summary>
    public string Bare { get; }

    /// <summary>The vocabulary lists <see cref="Lower"/> is on.</summary>
    public WordClass Classes { get; }

    /// <summary>The vocabulary lists <see cref="Bare"/> is on.</summary>
    public WordClass BareClasses { get; }

    public override string ToString() => Kind == TokenKind.Quote ? "«Q" + Part + "»" : Lower;
}
