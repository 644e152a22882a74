using System;

namespace Corpus.Extraction.Quotes.Tokens;

/// <summary>Small spelling helpers shared by the readers of tokens.</summary>
internal static class Words
{
    public static string StripPossessive(string lower)
    {
        if (lower.EndsWith("'s", StringComparison.Ordinal) || lower.EndsWith("\u2019s", StringComparison.Ordinal))
            return lower.Substring(0, lower.Length - 2);
        if (lower.Length > 1 && (lower[lower.Length - 1] == '\'' || lower[lower.Length - 1] == '\u2019'))
            return lower.Substring(0, lower.Length - 1);
        return lower;
    }
}
