namespace Corpus.Extraction.Quotes.Marks;

/// <summary>
/// Classifies a quotation-mark character by what stands either side of it. Context decides first (a mark
/// after a space and before a word opens; a mark after a word and before a space or punctuation closes),
/// and the glyph decides only when the context does not: so “ closing a German „ quote, a Swedish ” opening
/// one, and reversed »guillemets« all read right.
/// </summary>
internal static class QuoteGlyphs
{
    public static MarkFamily FamilyOf(char c) => c switch
    {
        '"' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\uFF02' => MarkFamily.Double,
        '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2039' or '\u203A' => MarkFamily.Single,
        _ => MarkFamily.None,
    };

    public static bool IsMark(char c) => FamilyOf(c) != MarkFamily.None;

    // Every character FamilyOf places in a family, so a scan can jump from one to the next.
    private static readonly char[] Glyphs =
    {
        '"', '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\uFF02',
        '\'', '\u2018', '\u2019', '\u201A', '\u201B', '\u2039', '\u203A',
    };

    /// <summary>The index of the first quotation-mark character in [<paramref name="start"/>, <paramref name="end"/>), or -1.</summary>
    public static int IndexOfMark(string text, int start, int end) =>
        start >= end ? -1 : text.IndexOfAny(Glyphs, start, end - start);

    public static MarkRole Classify(string text, int index, int start, int end)
    {
        var c = text[index];
        var before = index == start || OpensAfter(text[index - 1]);
        var after = index + 1 >= end || ClosesBefore(text[index + 1]);
        return FamilyOf(c) switch
        {
            MarkFamily.Double => ClassifyDouble(text, index, c, before, after),
            MarkFamily.Single => ClassifySingle(text, index, start, end, c, before, after),
            _ => MarkRole.None,
        };
    }

    private static MarkRole ClassifyDouble(string text, int index, char c, bool before, bool after)
    {
        if (c == '\u201E') return MarkRole.Open; // „ never closes anything
        if (before && !after) return MarkRole.Open;
        if (!before && after)
        {
            // 6" pipe: an inch mark, unless nothing better closes the quote.
            return c == '"' && char.IsDigit(text[index - 1]) ? MarkRole.WeakClose : MarkRole.Close;
        }
        return c switch
        {
            '\u201C' or '\u201F' or '\u00AB' => MarkRole.Open,
            '\u201D' or '\u00BB' => MarkRole.Close,
            _ => MarkRole.Toggle,
        };
    }

    private static MarkRole ClassifySingle(string text, int index, int start, int end, char c, bool before, bool after)
    {
        var previousIsWord = index > start && char.IsLetterOrDigit(text[index - 1]);
        var nextIsWord = index + 1 < end && char.IsLetterOrDigit(text[index + 1]);
        if (previousIsWord && nextIsWord) return MarkRole.None; // don't, country’s, 5'10
        switch (c)
        {
            case '\u2018' or '\u201A' or '\u201B' or '\u2039':
                return !before && after ? MarkRole.Close : MarkRole.Open;
            case '\u203A':
                return before && !after ? MarkRole.Open : MarkRole.Close;
            case '\u2019' or '\'':
                if (before && after) return MarkRole.None;
                if (before)
                {
                    // ’ never opens: at a word's start it is an elision (’til, ’90s). A straight mark opens
                    // unless the word after it is a known elision.
                    return c == '\u2019' || IsElision(text, index + 1, end) ? MarkRole.None : MarkRole.Open;
                }
                if (after && previousIsWord && (IsPluralPossessive(text, index, end) || char.IsDigit(text[index - 1])))
                    return MarkRole.WeakClose;
                return MarkRole.Close;
            default:
                return MarkRole.None;
        }
    }

    // "farmers' union": after an s, before a space and a word.
    private static bool IsPluralPossessive(string text, int index, int end)
    {
        var p = char.ToLowerInvariant(text[index - 1]);
        if (p != 's' && p != 'z' && p != 'x') return false;
        return index + 2 < end && text[index + 1] == ' ' && char.IsLetterOrDigit(text[index + 2]);
    }

    private static bool IsElision(string text, int index, int end)
    {
        if (index >= end) return false;
        if (char.IsDigit(text[index])) return true; // '90s
        var wordEnd = index;
        while (wordEnd < end && wordEnd - index < 8 && char.IsLetter(text[wordEnd])) wordEnd++;
        var word = text.Substring(index, wordEnd - index).ToLowerInvariant();
        return word is "til" or "tis" or "twas" or "em" or "n" or "cause" or "cos" or "bout" or "round" or "nuff"
            or "scuse" or "kay" or "ello" or "ere" or "ow";
    }

    private static bool OpensAfter(char c) =>
        char.IsWhiteSpace(c) || c is '(' or '[' or '{' or '<' or '\u2014' or '\u2013' or '-' or '/' || IsMark(c);

    private static bool ClosesBefore(char c) =>
        char.IsWhiteSpace(c) || c is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '>' or '\u2014'
            or '\u2013' or '-' or '/' or '\u2026' || IsMark(c);
}
