using Corpus.Extraction.Figures.Scanning;

namespace Corpus.Extraction.Figures.Exclusions;

/// <summary>Web addresses and e-mail addresses: digits inside them ("%28", "id=17859") are no figures.</summary>
internal static class Urls
{
    public static void Block(TokenStream t, bool[] blocked)
    {
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
}
