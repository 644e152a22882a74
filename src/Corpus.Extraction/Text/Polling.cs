using System.Threading;

namespace Corpus.Extraction.Text;

/// <summary>
/// Cancellation checks for loops over the text: often enough that cancelling a 20 MB article stops it
/// within microseconds, rarely enough that the check costs nothing.
/// </summary>
internal static class Polling
{
    public const int Interval = 4096;

    public static void Poll(this CancellationToken cancellationToken, int index)
    {
        if ((index & (Interval - 1)) == 0) cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>
    /// The first index in [<paramref name="start"/>, <paramref name="end"/>) of one of <paramref name="chars"/>,
    /// or <paramref name="end"/>. A vectorized search, in steps that end where a loop over every index would poll.
    /// </summary>
    public static int IndexOfAny(this CancellationToken cancellationToken, string text, char[] chars, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            cancellationToken.Poll(i);
            var step = System.Math.Min(end, (i / Interval + 1) * Interval);
            var found = text.IndexOfAny(chars, i, step - i);
            if (found >= 0) return found;
            i = step;
        }
        return end;
    }
}
