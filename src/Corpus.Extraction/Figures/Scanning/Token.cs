using Corpus.Extraction.Text;

namespace Corpus.Extraction.Figures.Scanning;

internal enum TokenKind
{
    /// <summary>A run of letters (with combining marks and inner apostrophes).</summary>
    Word,

    /// <summary>A run of ASCII digits.</summary>
    Digits,

    /// <summary>One character that can belong to a figure: a currency sign, %, °, a vulgar fraction, a comparison sign.</summary>
    Symbol,

    /// <summary>Any other single character: punctuation, dashes, quotes, brackets.</summary>
    Punct,
}

/// <summary>One token of a sentence. Offsets are into the article text, so adjacency is <c>End == next.Start</c>.</summary>
internal readonly struct Token
{
    // One reference for both forms keeps a token small: sentences hold many, the rules copy some.
    private readonly TokenString _spelling;

    public Token(TokenKind kind, int start, int end, TokenString spelling)
    {
        Kind = kind;
        Start = start;
        End = end;
        _spelling = spelling;
    }

    public TokenKind Kind { get; }

    public int Start { get; }

    public int End { get; }

    public string Text => _spelling.Text;

    /// <summary>A word in lower case; any other token as written.</summary>
    public string Lower => Kind == TokenKind.Word ? _spelling.Lower : _spelling.Text;

    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>The facts <paramref name="lookUp"/> gives about <see cref="Lower"/>, looked up once per spelling (pass the same function every time).</summary>
    public int Facts(System.Func<string, int> lookUp) => _spelling.FigureFacts(lookUp);

    public bool IsDigits => Kind == TokenKind.Digits;

    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);

    public bool IsAllCaps
    {
        get
        {
            if (Kind != TokenKind.Word) return false;
            foreach (var c in Text)
            {
                if (char.IsLower(c)) return false;
            }
            return true;
        }
    }

    public bool Is(char c) => Kind is TokenKind.Punct or TokenKind.Symbol && Text[0] == c;

    public override string ToString() => Text;
}
