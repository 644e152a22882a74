using System.Collections.Generic;
using Corpus.Extraction.Quotes.Tokens;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Quotes.Vocabulary;

/// <summary>Words of time and date. They end names ("Tashkent Friday" is no one) and are skipped after a speech verb.</summary>
internal static class TimeWords
{
    private static readonly HashSet<string> Words = FunctionWords.Set(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
        "tonight", "tomorrow", "morning", "afternoon", "evening", "night", "overnight", "week", "weekend",
        "month", "year", "day", "days", "weeks", "months", "years", "hours", "minutes", "january", "february",
        "july", "september", "october", "november", "december", "earlier", "later", "recently", "last", "this",
        "next", "ago", "late", "early", "then", "now", "previously", "afterwards", "meanwhile");

    // Also given names or surnames (Jan Zielinski, Theresa May, April Ryan): dates only beside a number,
    // written as abbreviations ("Jan."), or after a preposition ("in May").
    private static readonly HashSet<string> Ambiguous = FunctionWords.Set(
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues",
        "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "march", "april", "may", "june", "august");

    private static readonly HashSet<string> DateLead = FunctionWords.Set(
        "in", "on", "since", "until", "by", "last", "next", "this", "early", "late", "mid", "from", "through", "during", "of");

    /// <summary>A time word whatever its context.</summary>
    public static bool Contains(string lower) => Words.Contains(FullStops.TrimEnd(lower));

    /// <summary>A time word whatever its context, as written (no full stop trimmed).</summary>
    public static bool IsTimeWord(string lower) => Words.Contains(lower);

    /// <summary>A time word only in some contexts ("may", "jan").</summary>
    public static bool IsAmbiguous(string lower) => Ambiguous.Contains(lower);

    /// <summary>Whether the token at <paramref name="index"/> is a time word where it stands.</summary>
    public static bool At(Block block, int index)
    {
        var token = block[index];
        var classes = token.Classes;
        if ((classes & WordClass.TimeWord) != 0) return true;
        if ((classes & WordClass.AmbiguousTimeWord) == 0) return false;
        if (token.Period) return true;
        if (index + 1 < block.Count && block[index + 1].IsWord && char.IsDigit(block[index + 1].Lower[0])) return true;
        return index > 0 && block[index - 1].IsWord && (DateLead.Contains(block[index - 1].Lower) || char.IsDigit(block[index - 1].Lower[0]));
    }
}
