using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Figures;

/// <summary>
/// Reads the figures of an article: numbers stated as quantities (death tolls, shares, amounts of money,
/// ranks, measures, ages, scores), each with its value, range, qualifier, unit and, for counts, what
/// happened to what is counted. Years, dates, times, designators (Il-76), names with digits (Radio 4) and
/// "one" as a pronoun are not figures. Linear in the text; never throws except on cancellation.
/// </summary>
public static class FigureReader
{
    /// <summary>
    /// The figures of <paramref name="text"/>, sentence by sentence, in text order. A figure's
    /// <see cref="FigureModel.Quote"/> is the index of the first of <paramref name="quotes"/> whose
    /// <see cref="QuoteModel.Range"/> contains it. Text outside every sentence is not read; with no
    /// sentences, each paragraph is read as one sentence.
    /// </summary>
    public static EquatableArray<FigureModel> Read(
        string text,
        EquatableArray<TextRange> paragraphs,
        EquatableArray<SentenceModel> sentences,
        EquatableArray<QuoteModel> quotes,
        CancellationToken cancellationToken)
    {
        var quoteRanges = quotes.Select(q => q.Range).ToArray();
        return Read(text, paragraphs, sentences, quoteRanges, cancellationToken);
    }

    /// <summary>The figures with no quotes to place them in (every <see cref="FigureModel.Quote"/> is null).</summary>
    public static EquatableArray<FigureModel> Read(
        string text,
        EquatableArray<TextRange> paragraphs,
        EquatableArray<SentenceModel> sentences,
        CancellationToken cancellationToken) =>
        Read(text, paragraphs, sentences, Array.Empty<TextRange>(), cancellationToken);

    /// <summary>As above, with the quotes given as the ranges of their words (quote marks excluded).</summary>
    public static EquatableArray<FigureModel> Read(
        string text,
        EquatableArray<TextRange> paragraphs,
        EquatableArray<SentenceModel> sentences,
        IReadOnlyList<TextRange> quoteRanges,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (string.IsNullOrEmpty(text)) return EquatableArray<FigureModel>.Empty;
        var quotes = quoteRanges is null ? QuoteIndex.None : new QuoteIndex(quoteRanges);
        var figures = new List<FigureModel>();
        if (sentences.Count > 0)
        {
            for (var i = 0; i < sentences.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var range = Clamp(sentences[i].Range, text.Length);
                SentenceFigures.Read(text, range, i, quotes, figures, cancellationToken);
            }
        }
        else
        {
            for (var i = 0; i < paragraphs.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                SentenceFigures.Read(text, Clamp(paragraphs[i], text.Length), -1, quotes, figures, cancellationToken);
            }
        }
        return figures.ToEquatableArray();
    }

    /// <summary>The figures of a text read as a single sentence: for benches and tools that have no segmentation.</summary>
    public static EquatableArray<FigureModel> ReadSentence(string text, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (string.IsNullOrEmpty(text)) return EquatableArray<FigureModel>.Empty;
        var figures = new List<FigureModel>();
        SentenceFigures.Read(text, new TextRange(0, text.Length), 0, QuoteIndex.None, figures, cancellationToken);
        return figures.ToEquatableArray();
    }

    private static TextRange Clamp(TextRange range, int length)
    {
        var start = range.Start < 0 ? 0 : range.Start > length ? length : range.Start;
        var end = range.End < start ? start : range.End > length ? length : range.End;
        return TextRange.FromBounds(start, end);
    }
}
