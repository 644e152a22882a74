namespace Corpus.Runtime;

/// <summary>One quote as read from generated data. <see cref="Speaker"/> indexes the article's speakers (-1: none); <see cref="Continues"/> the article's quotes (-1: none).</summary>
internal readonly struct QuoteRow
{
    public QuoteRow(QuoteKind kind, TextSpan span, TextSpan? cue, TextSpan? mention, int speaker, string? via, int continues)
    {
        Kind = kind;
        Span = span;
        Cue = cue;
        Mention = mention;
        Speaker = speaker;
        Via = via;
        Continues = continues;
    }

    public QuoteKind Kind { get; }

    public TextSpan Span { get; }

    public TextSpan? Cue { get; }

    public TextSpan? Mention { get; }

    public int Speaker { get; }

    public string? Via { get; }

    public int Continues { get; }
}
