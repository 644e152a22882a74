using System.Globalization;
using System.Linq;
using Corpus.Extraction.Figures.Scanning;
using Corpus.Shared;

namespace Corpus.Extraction.Figures.Numbers;

/// <summary>
/// Rules out, from a sentence's characters alone, that <see cref="NumberScanner"/> finds a number in it,
/// so most sentences are never tokenized for figures. Every number starts at digits, a symbol (a vulgar
/// fraction), a number word or "scores" (<see cref="VagueMagnitudes"/>); "a", "minus" and "tens of" only
/// lead into one of those. Conservative: any character beyond ASCII counts as a possible number, and a
/// word counts as a number word when a filter of their spellings cannot exclude it.
/// </summary>
internal static class NumberFreeText
{
    private const int FilterBits = 1 << 14;

    // A Bloom filter (two bits per spelling) over the lower-case number words: no allocation, no lookup.
    private static readonly ulong[] NumberWordFilter = BuildFilter();

    private static readonly int ShortestNumberWord = StartingWords.Min(spelling => spelling.Length);
    private static readonly int LongestNumberWord = StartingWords.Max(spelling => spelling.Length);

    // The tokenizer's own symbols among ASCII, as a bit mask: asking it costs a Unicode category per character.
    private static readonly ulong[] AsciiSymbols = BuildAsciiSymbols();

    // Typographic punctuation and spaces (curly quotes, dashes, ellipses, guillemets, no-break spaces) are
    // in most sentences of a wire story and never in a number: without them every curly-quoted sentence was
    // tokenized. Up to the CJK blocks; beyond, every character counts as a possible number.
    private const char InertLimit = '\u3000';

    private static readonly ulong[] InertBeyondAscii = BuildInertBeyondAscii();

    public static bool MayHoldNumber(string text, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (IsAsciiLetter(c))
            {
                // An ASCII letter run is exactly a word token, since any other letter or mark next to it counts as a number anyway.
                var from = i;
                do
                {
                    i++;
                }
                while (i < end && IsAsciiLetter(text[i]));
                if (i - from >= ShortestNumberWord && i - from <= LongestNumberWord && MayBeNumberWord(LowerCaseHash(text, from, i))) return true;
                continue;
            }
            if (c >= 0x80 ? !IsInert(c) : c is >= '0' and <= '9' || (AsciiSymbols[c >> 6] & (1UL << c)) != 0) return true;
            i++;
        }
        return false;
    }

    private static bool IsAsciiLetter(char c) => (c | 0x20) is >= 'a' and <= 'z';

    private static bool IsInert(char c) => c < InertLimit && (InertBeyondAscii[(c - 0x80) >> 6] & (1UL << c)) != 0;

    private static uint LowerCaseHash(string text, int start, int end)
    {
        var hash = Fnv1a.Basis;
        for (var i = start; i < end; i++) hash = Fnv1a.Step(hash, (uint)(text[i] | 0x20));
        return hash;
    }

    private static bool MayBeNumberWord(uint hash)
    {
        var (first, second) = Bits(hash);
        return (NumberWordFilter[first >> 6] & (1UL << first)) != 0 && (NumberWordFilter[second >> 6] & (1UL << second)) != 0;
    }

    private static (int First, int Second) Bits(uint hash) =>
        ((int)(hash % FilterBits), (int)(unchecked(hash * 2654435769u) >> 18));

    // What a number can start at, spelled out: the number words and "scores".
    private static string[] StartingWords => NumberWords.Spellings.Append("scores").ToArray();

    private static ulong[] BuildAsciiSymbols()
    {
        var symbols = new ulong[2];
        for (var c = (char)0; c < 0x80; c++)
        {
            if (Tokenizer.IsSymbol(c)) symbols[c >> 6] |= 1UL << c;
        }
        return symbols;
    }

    // Inert: a space, or a punctuation character the tokenizer makes a token of its own that no number
    // starts at (not a symbol: "‰" is punctuation to Unicode but a unit to the tokenizer).
    private static ulong[] BuildInertBeyondAscii()
    {
        var inert = new ulong[(InertLimit - 0x80) / 64];
        for (var c = (char)0x80; c < InertLimit; c++)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            var punctuation = category is UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
                or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
                or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation
                or UnicodeCategory.ConnectorPunctuation;
            if ((char.IsWhiteSpace(c) || punctuation) && !Tokenizer.IsSymbol(c)) inert[(c - 0x80) >> 6] |= 1UL << c;
        }
        return inert;
    }

    private static ulong[] BuildFilter()
    {
        var filter = new ulong[FilterBits / 64];
        foreach (var spelling in StartingWords)
        {
            var (first, second) = Bits(LowerCaseHash(spelling, 0, spelling.Length));
            filter[first >> 6] |= 1UL << first;
            filter[second >> 6] |= 1UL << second;
        }
        return filter;
    }
}
