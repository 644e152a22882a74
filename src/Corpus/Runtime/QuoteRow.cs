namespace Corpus.Runtime;

/// <summary>One quote as read from generated data. <see cref="Continues"/> indexes the article's quotes (-1: none); the speaker is found in the corpus's people.</summary>
internal readonly struct QuoteRow
{
    public QuoteRow(QuoteKind kind, TextSpan span, TextSpan? cue, TextSpan? mention, string? via, int continues)
    {
        Kind = kind;
        Span = span;
        Cue = cue;
        Mention = mention;
        Via = via;
        Continues = continues;
    }

    public QuoteKind Kind { get; }

    public TextSpan Span { get; }

    public TextSpan? Cue { get; }

    public TextSpan? Mention { get; }

    public string? Via { get; }

    public int Continues { get; }
}
