namespace Corpus;

/// <summary>A number the article states as a quantity: a death toll, a share, an amount of money, a rank.</summary>
public sealed class Figure
{
    internal Figure(Article article, int index, FigureKind kind, TextSpan span, decimal value, decimal? upper, Qualifier qualifier, string? unit, string? counts, int sentence, int quote)
    {
        Article = article;
        Index = index;
        Kind = kind;
        Span = span;
        Value = value;
        Upper = upper;
        Qualifier = qualifier;
        Unit = unit;
        Counts = counts;
        _sentence = sentence;
        _quote = quote;
    }

    private readonly int _sentence;
    private readonly int _quote;

    public Article Article { get; }

    /// <summary>The figure's zero-based position among the article's figures.</summary>
    public int Index { get; }

    public FigureKind Kind { get; }

    /// <summary>The figure's words in the text: qualifier, number, scale and unit ("more than 60", "$3bn").</summary>
    public TextSpan Span { get; }

    public string Text => Article[Span];

    public decimal Value { get; }

    /// <summary>The top of a range ("between 200 and 300"), or the second side of a score.</summary>
    public decimal? Upper { get; }

    public Qualifier Qualifier { get; }

    /// <summary>The counted noun or the unit: people, percent, USD, km.</summary>
    public string? Unit { get; }

    /// <summary>What happened to what is counted, where the sentence says: dead, killed, wounded, injured, displaced…</summary>
    public string? Counts { get; }

    public Sentence? Sentence => _sentence >= 0 && _sentence < Article.Sentences.Count ? Article.Sentences[_sentence] : null;

    /// <summary>The quote the figure sits in, if it is inside one.</summary>
    public Quote? Quote => _quote >= 0 && _quote < Article.Quotes.Count ? Article.Quotes[_quote] : null;

    public override string ToString() => Text;
}
