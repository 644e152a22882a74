using System.Collections.Generic;
using System.Threading;
using Corpus.Extraction.Model;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Quotes;

/// <summary>
/// Reads the quotations of one article: direct quotes, partial quotes and reported speech, each with
/// its exact span, cue, speaker and the medium it was relayed through, plus the article's speakers.
/// See docs/quotes.md for the rules.
/// </summary>
public static class QuoteReader
{
    /// <summary>
    /// Reads the quotes of <paramref name="text"/>. Paragraphs bound quotations (a quote may run over
    /// several, by the reopening convention) and are split further at blank lines; sentences are used only
    /// when no paragraphs are given. Never throws for any input; only cancellation throws.
    /// </summary>
    public static ArticleQuotes Read(string text, EquatableArray<TextRange> paragraphs, EquatableArray<SentenceModel> sentences, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        text ??= "";
        var blocks = Blocks(text, paragraphs, sentences, cancellationToken);
        return blocks.Count == 0 ? ArticleQuotes.Empty : QuoteExtraction.Run(text, blocks, cancellationToken);
    }

    // The given paragraphs, in order and clipped to the text, each split at blank lines: a quote never
    // runs over a blank line unclosed, whatever the segmentation says.
    private static List<TextRange> Blocks(string text, EquatableArray<TextRange> paragraphs, EquatableArray<SentenceModel> sentences, CancellationToken cancellationToken)
    {
        var ranges = new List<TextRange>();
        if (!paragraphs.IsEmpty)
        {
            foreach (var paragraph in paragraphs) ranges.Add(paragraph);
        }
        else if (!sentences.IsEmpty)
        {
            foreach (var sentence in sentences) ranges.Add(sentence.Range);
        }
        else
        {
            ranges.Add(new TextRange(0, text.Length));
        }
        ranges.Sort((a, b) => a.Start.CompareTo(b.Start));

        var blocks = new List<TextRange>();
        var covered = 0;
        foreach (var range in ranges)
        {
            var start = System.Math.Max(System.Math.Max(0, range.Start), covered);
            var end = System.Math.Min(text.Length, range.Start + System.Math.Max(0, range.Length));
            if (end <= start) continue;
            SplitAtBlankLines(text, start, end, blocks, cancellationToken);
            covered = end;
        }
        return blocks;
    }

    private static void SplitAtBlankLines(string text, int start, int end, List<TextRange> blocks, CancellationToken cancellationToken)
    {
        var blockStart = start;
        var i = start;
        while (i < end)
        {
            i = cancellationToken.IndexOfAny(text, LineBreaks.Characters, i, end);
            if (i >= end) break;
            var lineEnd = i;
            i += LineBreaks.LengthAt(text, i);
            var j = i;
            while (j < end && (text[j] == ' ' || text[j] == '\t')) j++;
            if (j < end && LineBreaks.IsBreak(text[j]))
            {
                AddIfText(text, blockStart, lineEnd, blocks);
                while (j < end && (char.IsWhiteSpace(text[j]))) j++;
                blockStart = j;
                i = j;
            }
        }
        AddIfText(text, blockStart, end, blocks);
    }

    private static void AddIfText(string text, int start, int end, List<TextRange> blocks)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                blocks.Add(TextRange.FromBounds(start, end));
                return;
            }
        }
    }
}
