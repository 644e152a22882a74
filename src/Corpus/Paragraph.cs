using System.Collections.Generic;

namespace Corpus;

/// <summary>A paragraph of an article's body (page furniture and front matter excluded).</summary>
public sealed class Paragraph
{
    internal Paragraph(Article article, int index, TextSpan span)
    {
        Article = article;
        Index = index;
        Span = span;
    }

    public Article Article { get; }

    /// <summary>The paragraph's zero-based position in the article.</summary>
    public int Index { get; }

    public TextSpan Span { get; }

    public string Text => Article[Span];

    public IReadOnlyList<Sentence> Sentences { get; internal set; } = System.Array.Empty<Sentence>();

    public override string ToString() => Text;
}
