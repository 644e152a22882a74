using System.Collections.Generic;
using System.Threading;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Text;

/// <summary>
/// Splits a body into paragraphs. Files come in two house styles: blank lines between paragraphs
/// (long paragraphs may then be hard-wrapped over several lines), or one paragraph per line and no
/// blank lines at all. The style is decided once per file:
/// <list type="bullet">
/// <item>no blank line (nor U+2029 paragraph separator) between two lines of text: one paragraph per line;</item>
/// <item>otherwise blank lines delimit paragraphs and a single line break is a soft wrap, if blank
/// separators are at least as many as single breaks, or if most single breaks come after a line that
/// stops mid-sentence (hard-wrapped text);</item>
/// <item>otherwise (a one-per-line file with a few stray blank lines) one paragraph per line.</item>
/// </list>
/// U+2029 always ends a paragraph. A paragraph that is only an advertisement marker is not one.
/// </summary>
internal static class ParagraphSplitter
{
    public static List<TextRange> Split(string text, TextRange body, CancellationToken cancellationToken)
    {
        var paragraphs = new List<TextRange>();
        if (body.Length == 0) return paragraphs;

        var lines = ReadLines(text, body, cancellationToken);
        var blankDelimited = UsesBlankLines(text, lines, cancellationToken);

        var first = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            cancellationToken.Poll(i);
            var line = lines[i];
            if (line.Content.Length == 0) continue;
            if (first < 0) first = i;
            var endsHere = !blankDelimited || line.EndsWithParagraphSeparator || i + 1 == lines.Count || lines[i + 1].Content.Length == 0;
            if (!endsHere) continue;

            var paragraph = TextRange.FromBounds(lines[first].Content.Start, line.Content.End);
            if (!IsAdvertisement(text, paragraph)) paragraphs.Add(paragraph);
            first = -1;
        }
        return paragraphs;
    }

    private static List<Line> ReadLines(string text, TextRange body, CancellationToken cancellationToken)
    {
        var lines = new List<Line>();
        var position = body.Start;
        while (true)
        {
            var line = TextLine.At(text, position, body.End, cancellationToken);
            var content = Whitespace.Trim(text, TextRange.FromBounds(line.Start, line.End), cancellationToken);
            var separator = line.Next > line.End && text[line.End] == '\u2029';
            lines.Add(new Line(content, separator));
            if (line.Next == line.End || line.Next >= body.End) return lines;
            position = line.Next;
        }
    }

    private static bool UsesBlankLines(string text, List<Line> lines, CancellationToken cancellationToken)
    {
        int single = 0, blank = 0, midSentence = 0;
        Line? previous = null;
        var gap = false;
        for (var i = 0; i < lines.Count; i++)
        {
            cancellationToken.Poll(i);
            var line = lines[i];
            if (line.Content.Length == 0)
            {
                gap = true;
                continue;
            }
            if (previous is { } above)
            {
                if (gap || above.EndsWithParagraphSeparator) blank++;
                else
                {
                    single++;
                    if (!EndsSentence(text, above.Content)) midSentence++;
                }
            }
            previous = line;
            gap = false;
        }
        return blank > 0 && (blank >= single || 2 * midSentence > single);
    }

    private static bool EndsSentence(string text, TextRange content)
    {
        var end = content.End;
        while (end > content.Start && SentenceSplitter.IsCloser(text[end - 1])) end--;
        return end > content.Start && (SentenceSplitter.IsTerminal(text[end - 1]) || text[end - 1] == ':');
    }

    private static bool IsAdvertisement(string text, TextRange paragraph) =>
        paragraph.Length <= 40 && FurnitureLines.IsAdvertisement(text.Substring(paragraph.Start, paragraph.Length));

    private readonly struct Line
    {
        public Line(TextRange content, bool endsWithParagraphSeparator)
        {
            Content = content;
            EndsWithParagraphSeparator = endsWithParagraphSeparator;
        }

        /// <summary>The line without surrounding whitespace; empty for a blank line.</summary>
        public TextRange Content { get; }

        public bool EndsWithParagraphSeparator { get; }
    }
}
