using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Figures.Scanning;

/// <summary>
/// Splits a sentence into words, digit runs and single characters. Letters and digits never share a
/// token ("MH17" is MH + 17, "10km" is 10 + km), so the rules can tell a unit from a designator by
/// looking at what touches the number.
/// </summary>
internal static class Tokenizer
{
    // Buffers grown past this many tokens (a hostile sentence) are not kept for the thread's life.
    private const int LargestKept = 1 << 14;

    // Reused by every sentence the thread reads.
    [System.ThreadStatic]
    private static List<Token>? t_tokens;

    [System.ThreadStatic]
    private static Token[]? t_stream;

    /// <summary>
    /// The tokens of [<paramref name="start"/>, <paramref name="end"/>). The stream is the thread's, reused
    /// for the next sentence it tokenizes (an array per sentence was 6 % of what the engine allocated): read
    /// one sentence's figures from it, and keep nothing of it.
    /// </summary>
    public static TokenStream Tokenize(string text, int start, int end, CancellationToken cancellationToken)
    {
        var tokens = t_tokens ??= new List<Token>();
        tokens.Clear();
        var i = start;
        while (i < end)
        {
            if ((i & 0xFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            var c = text[i];
            if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
            {
                i++;
                continue;
            }

            var from = i;
            if (c is >= '0' and <= '9')
            {
                while (i < end && text[i] is >= '0' and <= '9') i++;
                tokens.Add(new Token(TokenKind.Digits, from, i, TokenStrings.Of(text, from, i - from)));
                continue;
            }

            if (IsLetter(c))
            {
                i++;
                while (i < end)
                {
                    var d = text[i];
                    if (IsLetter(d) || IsMark(d))
                    {
                        i++;
                    }
                    else if ((d == '\'' || d == '\u2019') && i + 1 < end && IsLetter(text[i + 1]))
                    {
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }
                tokens.Add(new Token(TokenKind.Word, from, i, TokenStrings.Of(text, from, i - from)));
                continue;
            }

            i++;
            var kind = IsSymbol(c) ? TokenKind.Symbol : TokenKind.Punct;
            tokens.Add(new Token(kind, from, i, TokenStrings.Of(text, from, 1)));
        }
        var array = t_stream;
        if (array is null || array.Length < tokens.Count)
        {
            array = new Token[System.Math.Max(tokens.Count, 256)];
            if (array.Length <= LargestKept) t_stream = array;
        }
        tokens.CopyTo(array);
        var stream = new TokenStream(text, array, tokens.Count);
        if (tokens.Capacity > LargestKept) t_tokens = null;
        return stream;
    }

    private static bool IsLetter(char c) => char.IsLetter(c);

    private static bool IsMark(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    /// <summary>A character that is a <see cref="TokenKind.Symbol"/> token of its own.</summary>
    public static bool IsSymbol(char c)
    {
        switch (c)
        {
            case '%':
            case '‰':
            case '°':
            case '~':
            case '<':
            case '>':
            case '=':
            case '+':
            case '^':
            case '×':
            case '±':
            case '≤':
            case '≥':
                return true;
        }
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.CurrencySymbol or UnicodeCategory.OtherNumber;
    }
}
