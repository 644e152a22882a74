using System;
using System.Collections.Generic;

namespace Corpus.Extraction.Text;

/// <summary>
/// Recognizes the attribution that may follow a quoted question or exclamation inside one sentence:
/// <c>"Why now?" Otunbayeva asked.</c> A name (capitalized words, none of them a sentence-opening word
/// such as "He") followed by a speech verb.
/// </summary>
internal static class SpeechAttribution
{
    private const int MaxNames = 3;
    private const int MaxWord = 30;

    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "said", "says", "asked", "asks", "told", "tells", "added", "adds", "replied", "replies", "wrote", "writes",
        "shouted", "shouts", "cried", "yelled", "exclaimed", "insisted", "wondered", "demanded", "continued",
        "recalled", "noted", "declared", "tweeted", "explained", "answered", "whispered", "screamed", "quipped",
    };

    public static bool StartsAt(string text, int index, int limit)
    {
        var names = 0;
        var i = index;
        while (i < limit && names <= MaxNames)
        {
            var end = i;
            while (end < limit && end - i <= MaxWord && IsWordChar(text[end])) end++;
            if (end == i || end - i > MaxWord) return false;
            if (char.IsLower(text[i])) return names > 0 && Verbs.Contains(FullStops.TrimEnd(text.Substring(i, end - i)));
            if (!char.IsUpper(text[i]) || SentenceStarters.StartsAt(text, i, limit)) return false;
            names++;
            i = end;
            if (i >= limit || text[i] != ' ') return false;
            i++;
        }
        return false;
    }

    private static bool IsWordChar(char c) => char.IsLetter(c) || c == '-' || c == '\'' || c == '’' || c == '.';
}
