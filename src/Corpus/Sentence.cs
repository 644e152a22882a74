namespace Corpus;

/// <summary>A sentence of an article, within one paragraph.</summary>
public sealed class Sentence
{
    internal Sentence(Paragraph paragraph, int index, TextSpan span)
    {
        Paragraph = paragraph;
        Index = index;
        Span = span;
    }

    public Article Article => Paragraph.Article;

    public Paragraph Paragraph { get; }

    /// <summary>The sentence's zero-based position in the article.</summary>
    public int Index { get; }

    public TextSpan Span { get; }

    public string Text => Article[Span];

    public override string ToString() => Text;
}
