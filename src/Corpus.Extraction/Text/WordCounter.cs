using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Text;

/// <summary>
/// Counts words: runs of letters and digits (with their combining marks). A hyphen, an apostrophe, a
/// period, an at sign, an ampersand or an underscore between two such characters joins them into one
/// word ("post-Soviet", "country’s", "U.S.", "2.5", "AT&amp;T"), and so does a comma between two digits ("1,000").
/// </summary>
internal static class WordCounter
{
    public static int Count(string text, IReadOnlyList<TextRange> ranges, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var range in ranges)
        {
            count += Count(text, range, cancellationToken);
        }
        return count;
    }

    public static int Count(string text, TextRange range, CancellationToken cancellationToken)
    {
        var count = 0;
        var inWord = false;
        for (var i = range.Start; i < range.End; i++)
        {
            cancellationToken.Poll(i);
            var c = text[i];
            if (c < 0x80 && IsAsciiWordChar(c))
            {
                if (!inWord) count++;
                inWord = true;
                // The rest of an ASCII word in one tight loop, up to where the loop above would poll next.
                var stop = System.Math.Min(range.End, (i | (Polling.Interval - 1)) + 1);
                while (i + 1 < stop && text[i + 1] < 0x80 && IsAsciiWordChar(text[i + 1])) i++;
                continue;
            }
            if (IsWordChar(text, i))
            {
                if (!inWord) count++;
                inWord = true;
                if (char.IsHighSurrogate(c) && i + 1 < range.End && char.IsLowSurrogate(text[i + 1])) i++;
            }
            else if (inWord && IsMark(c))
            {
                // a combining accent stays part of its word
            }
            else if (inWord && i + 1 < range.End && JoinsAt(text, i) && IsWordChar(text, i + 1))
            {
                // inside "post-Soviet", "1,000"
            }
            else
            {
                inWord = false;
            }
        }
        return count;
    }

    // Most of any article is ASCII, where letters and digits are the plain ranges.
    private static bool IsWordChar(string text, int index)
    {
        var c = text[index];
        return c < 0x80 ? IsAsciiWordChar(c) : char.IsLetterOrDigit(text, index);
    }

    private static bool IsAsciiWordChar(char c) => (c | 0x20) is >= 'a' and <= 'z' || c is >= '0' and <= '9';

    private static bool IsMark(char c)
    {
        if (c < 0x80) return false;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category == UnicodeCategory.NonSpacingMark || category == UnicodeCategory.SpacingCombiningMark || category == UnicodeCategory.EnclosingMark;
    }

    private static bool JoinsAt(string text, int index)
    {
        switch (text[index])
        {
            case '-': case '\u2010': case '\u2011': case '\'': case '’': case '.': case '@': case '&': case '_':
                return true;
            case ',':
                return char.IsDigit(text[index - 1]) && char.IsDigit(text[index + 1]);
            default:
                return false;
        }
    }
}
