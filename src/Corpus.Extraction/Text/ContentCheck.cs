using System.Globalization;
using System.Linq;
using System.Threading;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Text;

/// <summary>
/// What is wrong with the text as a whole: nothing in it, only whitespace, control characters a text
/// file does not hold, or replacement characters left where bytes could not be decoded.
/// One pass, one finding per problem, located at its first occurrence.
/// </summary>
internal static class ContentCheck
{
    public static void Report(string text, FindingList findings, CancellationToken cancellationToken)
    {
        if (text.Length == 0)
        {
            findings.Add(FindingKind.EmptyArticle,
                "The article file is empty. Add the article's text, or remove the file from the corpus.",
                new TextRange(0, 0));
            return;
        }

        var allWhite = Whitespace.IsBlank(text, 0, text.Length, cancellationToken);
        int firstControl = -1, controls = 0, firstReplacement = -1, replacements = 0;
        for (var i = cancellationToken.IndexOfAny(text, Suspects, 0, text.Length); i < text.Length; i = cancellationToken.IndexOfAny(text, Suspects, i + 1, text.Length))
        {
            if (text[i] == '\uFFFD')
            {
                if (replacements++ == 0) firstReplacement = i;
            }
            else if (controls++ == 0)
            {
                firstControl = i;
            }
        }

        if (allWhite)
        {
            findings.Add(FindingKind.WhitespaceOnly,
                "The article contains only whitespace. Add the article's text, or remove the file from the corpus.",
                new TextRange(0, text.Length));
        }
        if (controls > 0)
        {
            findings.Add(FindingKind.BinaryContent,
                $"The article contains the control character U+{(int)text[firstControl]:X4}{More(controls)}, which a plain-text article never holds: " +
                "the file may be binary or corrupted. Remove the control characters, or replace the file with the article's plain text.",
                new TextRange(firstControl, 1));
        }
        if (replacements > 0)
        {
            findings.Add(FindingKind.UndecodableBytes,
                $"The article contains the replacement character U+FFFD{More(replacements)}, which stands for bytes that could not be decoded. " +
                "Save the file as UTF-8 (or with a byte order mark for its encoding) and check the text at this position.",
                new TextRange(firstReplacement, 1));
        }
    }

    // Tab, line feed, form feed and carriage return belong in text files; the rest of C0 does not.
    private static bool IsForeignControl(char c) => c < '\u0020' && c != '\t' && c != '\n' && c != '\f' && c != '\r';

    // The foreign controls and the replacement character, for a vectorized search.
    private static readonly char[] Suspects = Enumerable.Range(0, 0x20).Select(c => (char)c).Where(IsForeignControl).Append('\uFFFD').ToArray();

    private static string More(int count) =>
        count == 1 ? "" : string.Format(CultureInfo.InvariantCulture, " ({0} occurrences in all)", count);
}
