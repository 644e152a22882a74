namespace Corpus.Extraction.Text;

/// <summary>Trailing full stops, as abbreviations and sentence ends leave them on a word ("Jr.", "said.").</summary>
internal static class FullStops
{
    // netstandard2.0 has only TrimEnd(params char[]): one shared array saves one per call.
    private static readonly char[] FullStop = { '.' };

    public static string TrimEnd(string word) => word.TrimEnd(FullStop);
}
