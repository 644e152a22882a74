using System.Collections.Generic;

namespace Corpus.Extraction.Quotes.Vocabulary;

/// <summary>Words of time and date. They end names ("Tashkent Friday" is no one) and are skipped after a speech verb.</summary>
internal static class TimeWords
{
    private static readonly HashSet<string> Words = FunctionWords.Set(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
        "thu", "thur", "thurs", "fri", "sat", "sun", "today", "yesterday", "tonight", "tomorrow", "morning",
        "afternoon", "evening", "night", "overnight", "week", "weekend", "month", "year", "day", "days", "weeks",
        "months", "years", "hours", "minutes", "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "earlier", "later", "recently", "last", "this", "next", "ago", "late",
        "early", "then", "now", "previously", "afterwards", "meanwhile");

    public static bool Contains(string lower) => Words.Contains(lower.TrimEnd('.'));
}
