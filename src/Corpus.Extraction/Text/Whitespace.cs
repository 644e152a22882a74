using System.Threading;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Text;

internal static class Whitespace
{
    public static int SkipForward(string text, int index, int limit, CancellationToken cancellationToken)
    {
        while (index < limit && char.IsWhiteSpace(text[index]))
        {
            cancellationToken.Poll(index);
            index++;
        }
        return index;
    }

    public static int SkipBackward(string text, int end, int limit, CancellationToken cancellationToken)
    {
        while (end > limit && char.IsWhiteSpace(text[end - 1]))
        {
            cancellationToken.Poll(end);
            end--;
        }
        return end;
    }

    /// <summary>The range without its leading and trailing whitespace; an all-white range shrinks to its start.</summary>
    public static TextRange Trim(string text, TextRange range, CancellationToken cancellationToken)
    {
        var start = SkipForward(text, range.Start, range.End, cancellationToken);
        var end = SkipBackward(text, range.End, start, cancellationToken);
        return TextRange.FromBounds(start, end);
    }

    public static bool IsBlank(string text, int start, int end, CancellationToken cancellationToken) =>
        SkipForward(text, start, end, cancellationToken) == end;
}
