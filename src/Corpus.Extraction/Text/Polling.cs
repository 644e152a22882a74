using System.Threading;

namespace Corpus.Extraction.Text;

/// <summary>
/// Cancellation checks for loops over the text: often enough that cancelling a 20 MB article stops it
/// within microseconds, rarely enough that the check costs nothing.
/// </summary>
internal static class Polling
{
    private const int Interval = 4096;

    public static void Poll(this CancellationToken cancellationToken, int index)
    {
        if ((index & (Interval - 1)) == 0) cancellationToken.ThrowIfCancellationRequested();
    }
}
