using System.ComponentModel;

namespace Corpus.Runtime;

/// <summary>One figure as generated code describes it; a sentence or quote of -1 means none. Not meant to be used by hand.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct FigureRow
{
    public FigureRow(FigureKind kind, int start, int length, Qualifier qualifier, decimal value, decimal? upper, string? unit, string? counts, int sentence, int quote)
    {
        Kind = kind;
        Start = start;
        Length = length;
        Qualifier = qualifier;
        Value = value;
        Upper = upper;
        Unit = unit;
        Counts = counts;
        Sentence = sentence;
        Quote = quote;
    }

    public FigureKind Kind { get; }

    public int Start { get; }

    public int Length { get; }

    public Qualifier Qualifier { get; }

    public decimal Value { get; }

    public decimal? Upper { get; }

    public string? Unit { get; }

    public string? Counts { get; }

    public int Sentence { get; }

    public int Quote { get; }
}
