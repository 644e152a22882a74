using System;
using Corpus.Extraction.Figures.Scanning;

namespace Corpus.Extraction.Figures.Exclusions;

/// <summary>Web addresses and e-mail addresses: digits inside them ("%28", "id=17859") are no figures.</summary>
internal static class Urls
{
    private static readonly char[] Separators = { ':', '@' };

    public static void Block(TokenStream t, bool[] blocked)
    {
        if (!MayHoldAddress(t)) return;
        for (var i = 0; i < t.Count; i++)
        {
            var word = t.Word(i);
            var startsUrl = (word is "http" or "https" or "ftp" && t.Is(i + 1, ':') && t.Touches(i))
                || (word == "www" && t.Is(i + 1, '.') && t.Touches(i));
            var isEmail = t.Is(i, '@') && t.Touches(i - 1) && t.Touches(i);
            if (!startsUrl && !isEmail) continue;

            var start = i;
            if (isEmail)
            {
                while (start > 0 && t.Touches(start - 1)) start--;
            }
            var end = i;
            while (t.Touches(end)) end++;
            for (var k = start; k <= end; k++) blocked[k] = true;
            i = end;
        }
    }

    // Every address below has a scheme's ':', a "www" or an '@' in it: most sentences have none.
    private static bool MayHoldAddress(TokenStream t)
    {
        if (t.Count == 0) return false;
        var start = t[0].Start;
        var length = t[t.Count - 1].End - start;
        return t.Text.IndexOfAny(Separators, start, length) >= 0 || t.Text.IndexOf("www", start, length, StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
