namespace Corpus.Extraction.Model;

public enum FigureKind
{
    Count,
    Percent,
    Ordinal,
    Money,
    Measure,
    Range,
    Age,
    Score,
    VagueMagnitude,
}

public enum Qualifier
{
    Exact,
    MoreThan,
    AtLeast,
    About,
    LessThan,
    AtMost,
    Vague,
}

/// <summary>One figure. <see cref="Quote"/> is the index of the quote it sits in, if any.</summary>
public sealed record FigureModel(
    FigureKind Kind,
    TextRange Range,
    decimal Value,
    decimal? Upper,
    Qualifier Qualifier,
    string? Unit,
    string? Counts,
    int? Quote);
