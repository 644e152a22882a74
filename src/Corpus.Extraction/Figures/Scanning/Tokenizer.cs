using System.Collections.Generic;
using System.Globalization;
using System.Threading;

namespace Corpus.Extraction.Figures.Scanning;

/// <summary>
/// Splits a sentence into words, digit runs and single characters. Letters and digits never share a
/// token ("MH17" is MH + 17, "10km" is 10 + km), so the rules can tell a unit from a designator by
/// looking at what touches the number.
/// </summary>
internal static class Tokenizer
{
    public static TokenStream Tokenize(string text, int start, int end, CancellationToken cancellationToken)
    {
        var tokens = new List<Token>();
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
                tokens.Add(new Token(TokenKind.Digits, from, i, text.Substring(from, i - from)));
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
                tokens.Add(new Token(TokenKind.Word, from, i, text.Substring(from, i - from)));
                continue;
            }

            i++;
            var kind = IsSymbol(c) ? TokenKind.Symbol : TokenKind.Punct;
            tokens.Add(new Token(kind, from, i, text.Substring(from, 1)));
        }
        return new TokenStream(text, tokens.ToArray());
    }

    private static bool IsLetter(char c) => char.IsLetter(c);

    private static bool IsMark(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    private static bool IsSymbol(char c)
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
