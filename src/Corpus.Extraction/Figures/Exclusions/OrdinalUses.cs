using System.Collections.Generic;
using Corpus.Extraction.Figures.Numbers;
using Corpus.Extraction.Figures.Scanning;

namespace Corpus.Extraction.Figures.Exclusions;

/// <summary>
/// Ordinal words that are no rank: adverbs and enumerations ("first reported", "Second, ..."), idioms
/// ("at first", "for the first time", "first aid"), names ("the Second World War", "First Minister") and
/// centuries ("the 21st century"). "first" and "second" rank only after a determiner, a possessive or a
/// ranking verb ("finished second"), or before a superlative ("second largest").
/// </summary>
internal static class OrdinalUses
{
    private static readonly HashSet<string> Determiners = new()
    {
        "the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that", "whose", "each", "every", "world's", "world’s",
        "finished", "finish", "finishes", "finishing", "came", "come", "comes", "coming", "ranked", "ranks", "rank", "ranking", "placed",
        "place", "places", "was", "is", "were", "are", "be", "been", "became", "become", "becomes", "rated", "seeded", "number", "no",
    };

    private static readonly HashSet<string> IdiomNouns = new()
    {
        "aid", "lady", "ladies", "name", "names", "hand", "person", "responders", "responder", "light", "thing", "things", "glance",
        "sight", "instance", "nature", "cousin", "cousins", "time", "minister",
    };

    public static bool IsNotARank(TokenStream t, NumberMention m)
    {
        if (m.Form != MentionForm.Ordinal) return false;
        var next = t.Word(m.Last + 1);
        if (next is "century" or "centuries" || (t.Is(m.Last + 1, '-') && t.Word(m.Last + 2) is "century")) return true;
        if (m.FromDigits) return false;

        var token = t[m.First];
        var previous = t.Word(m.First - 1);
        var isSentenceStart = m.First == 0 || (t.InRange(m.First - 1) && !t[m.First - 1].IsWord && !t[m.First - 1].IsDigits && t.Word(m.First - 2) is null);
        if (isSentenceStart && t.Is(m.Last + 1, ',')) return true;
        if (token.IsCapitalized && !isSentenceStart && t.InRange(m.Last + 1) && t[m.Last + 1].IsCapitalized) return true;
        if (previous == "at" && m.Value == 1) return true;
        // "within a second", "a split second": a moment, not a rank.
        if (m.Value == 2 && m.First == m.Last && (previous == "split" || (previous == "a" && !t.IsWord(m.Last + 1)))) return true;
        if (next == "of" && t.IsWord(m.Last + 2, "all")) return true;
        if (m.First == m.Last && m.Value <= 2 && next is not null && IdiomNouns.Contains(next)) return true;

        if (m.First == m.Last && m.Value <= 2)
        {
            // "was first elected", "first reported": an adverb before a past form.
            if (next is not null && next.EndsWith("ed", System.StringComparison.Ordinal)) return true;
            var possessive = previous is not null && (previous.EndsWith("'s", System.StringComparison.Ordinal) || previous.EndsWith("’s", System.StringComparison.Ordinal));
            var superlative = next is not null && (next.EndsWith("est", System.StringComparison.Ordinal) || next is "most" or "biggest" or "largest");
            var hyphenated = t.Is(m.Last + 1, '-') && t.Touches(m.Last);
            var ranked = previous is not null && Determiners.Contains(previous);
            if (!(possessive || superlative || hyphenated || ranked)) return true;
        }
        return false;
    }
}
