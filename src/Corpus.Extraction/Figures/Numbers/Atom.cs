namespace Corpus.Extraction.Figures.Numbers;

internal enum AtomKind
{
    Cardinal,
    Hundred,
    Scale,
    Dozen,
    Ordinal,
    Half,
    Quarter,

    /// <summary>A number written in digits inside a worded number: "3 hundred and 21", "2.5 million".</summary>
    Literal,
    And,

    /// <summary>"a" or "an" standing for one: "a hundred", "a dozen", "a fifth".</summary>
    Article,
    Point,
    Of,
}

/// <summary>One word (or hyphenated compound, or digit literal) of a worded number, with its tokens.</summary>
internal readonly struct Atom
{
    public Atom(AtomKind kind, decimal value, int first, int last, bool plural = false, bool compound = false, bool isInteger = true, string? digits = null)
    {
        Kind = kind;
        Value = value;
        First = first;
        Last = last;
        Plural = plural;
        Compound = compound;
        IsInteger = isInteger;
        Digits = digits;
    }

    public AtomKind Kind { get; }

    public decimal Value { get; }

    public int First { get; }

    public int Last { get; }

    public bool Plural { get; }

    /// <summary>A hyphenated tens-and-units word: "twenty-six", "thirty-fifths".</summary>
    public bool Compound { get; }

    /// <summary>For a literal: no decimals.</summary>
    public bool IsInteger { get; }

    /// <summary>For a literal: its digits as written (without separators).</summary>
    public string? Digits { get; }

    public bool IsTensWord => Kind == AtomKind.Cardinal && !Compound && Value >= 20 && Value < 100 && Value % 10 == 0;

    public bool IsNumberValue => Kind is AtomKind.Cardinal or AtomKind.Literal;

    public bool IsFractionWord => Kind is AtomKind.Ordinal or AtomKind.Half or AtomKind.Quarter;

    public bool IsMultiplier => Kind is AtomKind.Hundred or AtomKind.Scale or AtomKind.Dozen;
}
