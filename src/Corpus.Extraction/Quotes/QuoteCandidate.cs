using System.Collections.Generic;
using Corpus.Extraction.Model;
using Corpus.Extraction.Quotes.Attribution;

namespace Corpus.Extraction.Quotes;

/// <summary>A quote found but not yet numbered, with where its speaker comes from.</summary>
internal sealed class QuoteCandidate
{
    public QuoteCandidate(QuoteKind kind, List<TextRange> parts, int block, int sentence, int lastBlock, int lastSentence)
    {
        Kind = kind;
        Parts = parts;
        Block = block;
        Sentence = sentence;
        LastBlock = lastBlock;
        LastSentence = lastSentence;
    }

    public QuoteKind Kind { get; }

    public List<TextRange> Parts { get; }

    public TextRange Range => TextRange.FromBounds(Parts[0].Start, Parts[Parts.Count - 1].End);

    public int Block { get; }

    public int Sentence { get; }

    public int LastBlock { get; }

    public int LastSentence { get; }

    /// <summary>The attribution written for this quote.</summary>
    public Attribution.Attribution? Attribution { get; set; }

    /// <summary>For an unattributed quote, the attribution of the sentence before it (the follow-on convention).</summary>
    public Attribution.Attribution? Inherited { get; set; }

    /// <summary>The segment this one continues when the attribution splits a quote ("A," he said, "B.").</summary>
    public QuoteCandidate? Continued { get; set; }

    public Attribution.Attribution? Effective => Attribution ?? Inherited;
}
