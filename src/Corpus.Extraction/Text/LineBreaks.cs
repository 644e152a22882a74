namespace Corpus.Extraction.Text;

/// <summary>
/// The line breaks Roslyn counts (CR, LF, CRLF, NEL, LS, PS), so that the lines and columns of findings
/// match the ones the compiler and editors show for the same file.
/// </summary>
internal static class LineBreaks
{
    public static bool IsBreak(char c) =>
        c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';

    /// <summary>The characters of <see cref="IsBreak"/>, for a vectorized search.</summary>
    public static readonly char[] Characters = { '\n', '\r', '\u0085', '\u2028', '\u2029' };

    /// <summary>How many characters the break starting at <paramref name="index"/> takes: CRLF is one break of two.</summary>
    public static int LengthAt(string text, int index)
    {
        var c = text[index];
        if (c == '\r') return index + 1 < text.Length && text[index + 1] == '\n' ? 2 : 1;
        return IsBreak(c) ? 1 : 0;
    }
}
