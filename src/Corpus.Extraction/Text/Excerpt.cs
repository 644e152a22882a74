using System.Text;
using System.Threading;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Text;

/// <summary>
/// A range of the text as one line: whitespace runs (line breaks included) collapsed to one space, and,
/// when longer than the limit, cut after the last whole word that fits and marked with an ellipsis.
/// Only as much of the range as the limit needs is read, so a 10 MB paragraph costs no more than a short one.
/// </summary>
internal static class Excerpt
{
    public const string Ellipsis = "…";

    /// <param name="maxLength">The most characters kept before the ellipsis.</param>
    public static string Of(string text, TextRange range, int maxLength, CancellationToken cancellationToken)
    {
        var builder = new StringBuilder(System.Math.Min(range.Length, maxLength + 1));
        var pendingSpace = false;
        var lastWordEnd = -1;
        for (var i = range.Start; i < range.End; i++)
        {
            cancellationToken.Poll(i);
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                lastWordEnd = builder.Length;
                if (builder.Length + 1 > maxLength) return Cut(builder, builder.Length);
                builder.Append(' ');
                pendingSpace = false;
            }
            if (builder.Length + 1 > maxLength)
            {
                return Cut(builder, lastWordEnd > 0 ? lastWordEnd : HardCut(builder, maxLength));
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    // One word longer than the limit: cut inside it, but never between the halves of a surrogate pair.
    private static int HardCut(StringBuilder builder, int maxLength) =>
        maxLength > 0 && char.IsHighSurrogate(builder[maxLength - 1]) ? maxLength - 1 : maxLength;

    private static string Cut(StringBuilder builder, int length)
    {
        // "… in the south," reads better as "… in the south…"
        while (length > 0 && (builder[length - 1] == ',' || builder[length - 1] == ';' || builder[length - 1] == ':' ||
                              builder[length - 1] == '-' || builder[length - 1] == '–' || builder[length - 1] == '—' ||
                              builder[length - 1] == ' '))
        {
            length--;
        }
        return builder.ToString(0, length) + Ellipsis;
    }
}
