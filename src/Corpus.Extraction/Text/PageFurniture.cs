using System.Threading;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Text;

/// <summary>
/// Takes web-page furniture off the ends of an article's body: advertisement markers before it, and
/// section links, share prompts, copyright notices and the like after it. Only whole lines at the very
/// ends go, so nothing between two lines of the article is ever cut out of the body.
/// </summary>
internal static class PageFurniture
{
    public static (TextRange Body, string? Section) Strip(string text, TextRange region, CancellationToken cancellationToken)
    {
        var start = Whitespace.SkipForward(text, region.Start, region.End, cancellationToken);
        var end = Whitespace.SkipBackward(text, region.End, start, cancellationToken);

        while (start < end)
        {
            var lineEnd = LineEndAfter(text, start, end);
            if (lineEnd < 0 || !FurnitureLines.IsAdvertisement(text.Substring(start, lineEnd - start).Trim())) break;
            start = Whitespace.SkipForward(text, lineEnd, end, cancellationToken);
        }

        string? section = null;
        while (end > start)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var lineStart = LineStartBefore(text, end, start);
            if (lineStart < 0 || !FurnitureLines.IsFurniture(text.Substring(lineStart, end - lineStart).Trim(), out var named)) break;
            // Scanning upwards, the line nearest the article wins: "More In: World" above "Section: News".
            if (named is not null) section = named;
            end = Whitespace.SkipBackward(text, lineStart, start, cancellationToken);
        }

        return (TextRange.FromBounds(start, end), section);
    }

    // The end of the line starting at start, or -1 when it is too long to be furniture.
    private static int LineEndAfter(string text, int start, int limit)
    {
        var stop = limit - start > FurnitureLines.MaxLength ? start + FurnitureLines.MaxLength + 1 : limit;
        for (var i = start; i < stop; i++)
        {
            if (LineBreaks.IsBreak(text[i])) return i;
        }
        return stop == limit ? limit : -1;
    }

    // The start of the line ending at end, or -1 when it is too long to be furniture.
    private static int LineStartBefore(string text, int end, int limit)
    {
        var stop = end - limit > FurnitureLines.MaxLength ? end - FurnitureLines.MaxLength - 1 : limit;
        for (var i = end; i > stop; i--)
        {
            if (LineBreaks.IsBreak(text[i - 1])) return i;
        }
        return stop == limit ? limit : -1;
    }
}
