using System.Collections.Generic;
using Corpus.Extraction.Figures.Numbers;
using Corpus.Extraction.Figures.Scanning;
using Corpus.Extraction.Figures.Units;

namespace Corpus.Extraction.Figures.Exclusions;

/// <summary>
/// "one" as a pronoun or determiner: "one of the block", "the one you mentioned", "one is required to",
/// "one-time gains". "one" counts when a noun follows it ("one person", "one last time").
/// </summary>
internal static class PronounOne
{
    private static readonly HashSet<string> Before = new()
    {
        "the", "this", "that", "which", "each", "every", "any", "no", "some", "another", "such", "what", "whichever", "only", "last", "next",
        "first", "previous", "current", "other", "same", "right", "wrong", "big", "little", "new", "old", "good", "bad", "special",
    };

    private static readonly HashSet<string> After = new()
    {
        "of", "another", "who", "whom", "whose", "which", "that", "is", "was", "has", "had", "have", "can", "could", "would", "will",
        "should", "must", "may", "might", "does", "did", "do", "else", "thing", "way", "another's", "day", "you", "i", "he", "she",
        "we", "they", "it", "in", "at", "on", "from", "with", "for", "to", "by", "as", "but", "if", "when", "where", "here", "there",
        "too", "more", "less", "side", "hand", "said", "says", "say", "told", "added", "noted", "asked", "wrote", "knows", "knew", "thinks",
        "thought", "believes", "wants", "wanted", "needs", "needed", "gets", "got", "goes", "went", "feels", "felt", "sees", "saw", "hears",
    };

    public static bool IsPronoun(TokenStream t, NumberMention m)
    {
        if (m.FromDigits || m.First != m.Last || t.Word(m.First) != "one") return false;
        // "that one mile", "the one dollar coin": a unit makes it a quantity.
        if (MeasureUnits.TryAfter(t, m.Last + 1, false, out _) || Currencies.StartsAt(t, m.Last + 1)) return false;
        var previous = t.Word(m.First - 1);
        if (previous == "number") return false;
        if (previous is not null && Before.Contains(previous) && !t.Touches(m.First - 1)) return true;

        var next = m.Last + 1;
        if (!t.InRange(next)) return true;
        var token = t[next];
        if (token.Is('-') && t.Touches(m.Last))
        {
            // "one-year", "one-yen" carry a unit; "one-time", "one-off", "one-sided" do not.
            var touching = true;
            return !(MeasureUnits.TryAfter(t, next + 1, touching, out _) || Currencies.StartsAt(t, next + 1) || t.Word(next + 1) is "year" or "month" or "week" or "day");
        }
        if (!token.IsWord) return token.Text is not "%";
        return After.Contains(token.Lower) || token.Lower.EndsWith("'s", System.StringComparison.Ordinal) || token.Lower.EndsWith("’s", System.StringComparison.Ordinal);
    }
}
