using System.Collections.Generic;
using System.Linq;

namespace Corpus;

/// <summary>
/// A quotation: direct, partial or reported speech, with its speaker. A quote split by its
/// attribution ("A," he said, "B.") is several segments linked through <see cref="Previous"/> and <see cref="Next"/>.
/// </summary>
public sealed class Quote
{
    private readonly int _continues;

    internal Quote(Article article, int index, QuoteKind kind, TextSpan span, TextSpan? cue, TextSpan? speakerMention, string? via, int continues)
    {
        Article = article;
        Index = index;
        Kind = kind;
        Span = span;
        CueSpan = cue;
        SpeakerMentionSpan = speakerMention;
        Via = via;
        _continues = continues;
    }

    public Article Article { get; }

    /// <summary>The quote's zero-based position among the article's quotes.</summary>
    public int Index { get; }

    public QuoteKind Kind { get; }

    /// <summary>The quoted words, without the quotation marks.</summary>
    public TextSpan Span { get; }

    public string Text => Article[Span];

    /// <summary>The paragraph the quote starts in.</summary>
    public Paragraph? Paragraph => Article.Paragraphs.FirstOrDefault(p => p.Span.Contains(Span.Start) || p.Span.End == Span.Start);

    /// <summary>The speech verb or phrase that attributes the quote: "said", "was quoted as saying", "according to".</summary>
    public TextSpan? CueSpan { get; }

    public string? Cue => CueSpan is { } span ? Article[span] : null;

    /// <summary>The words naming the speaker where the quote is attributed: "he", "the interim leader", "Ms. Otunbayeva".</summary>
    public TextSpan? SpeakerMentionSpan { get; }

    public string? SpeakerMention => SpeakerMentionSpan is { } span ? Article[span] : null;

    /// <summary>Who said it: a person, an organisation or an anonymous source, shared across the corpus.</summary>
    public Person? Speaker => Article.SpeakerOf(Index);

    /// <summary>The medium the quote was relayed through: "ITAR-TASS news agency".</summary>
    public string? Via { get; }

    /// <summary>The segment this one continues, when the quote is split by its attribution or runs over paragraphs.</summary>
    public Quote? Previous => _continues >= 0 && _continues < Article.Quotes.Count ? Article.Quotes[_continues] : null;

    public Quote? Next => Article.Quotes.FirstOrDefault(q => q._continues == Index);

    /// <summary>All segments of the quote this one belongs to, in order.</summary>
    public IReadOnlyList<Quote> Segments
    {
        get
        {
            var first = this;
            while (first.Previous is { } previous) first = previous;
            var segments = new List<Quote>();
            for (var segment = first; segment is not null; segment = segment.Next) segments.Add(segment);
            return segments;
        }
    }

    /// <summary>The figures stated inside the quote.</summary>
    public IEnumerable<Figure> Figures => Article.Figures.Where(f => f.Quote == this);

    public override string ToString() => Speaker is null ? Text : $"{Speaker.Name}: {Text}";
}
