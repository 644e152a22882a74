namespace Corpus.Runtime;

/// <summary>One figure as read from generated data; a sentence or quote of -1 means none.</summary>
internal readonly struct FigureRow
{
    public FigureRow(FigureKind kind, TextSpan span, Qualifier qualifier, decimal value, decimal? upper, string? unit, string? counts, int sentence, int quote)
    {
        Kind = kind;
        Span = span;
        Qualifier = qualifier;
        Value = value;
        Upper = upper;
        Unit = unit;
        Counts = counts;
        Sentence = sentence;
        Quote = quote;
    }

    public FigureKind Kind { get; }

    public TextSpan Span { get; }

    public Qualifier Qualifier { get; }

    public decimal Value { get; }

    public decimal? Upper { get; }

    public string? Unit { get; }

    public string? Counts { get; }

    public int Sentence { get; }

    public int Quote { get; }
}
