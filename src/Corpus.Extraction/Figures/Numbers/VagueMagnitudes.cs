using Corpus.Extraction.Figures.Scanning;

namespace Corpus.Extraction.Figures.Numbers;

/// <summary>
/// Magnitudes with no number: "dozens", "hundreds", "thousands of", "tens of thousands", "scores of",
/// "several hundred", "a few thousand". The value is the least the words allow: a plural means at least
/// two of the unit (hundreds: 200, tens of thousands: 20,000, dozens: 24), "several" at least three.
/// </summary>
internal static class VagueMagnitudes
{
    /// <summary>The words other than number words that <see cref="TryMatch"/> can start at.</summary>
    public static bool IsLead(string word) => word is "tens" or "scores" or "several" or "few" or "many" or "a";

    public static NumberMention? TryMatch(TokenStream t, int p)
    {
        var word = t.Word(p);
        if (word is null) return null;

        if (word is "tens" or "hundreds" && t.IsWord(p + 1, "of") && TryScale(t.Word(p + 2), out var big, out var bigPlural) && bigPlural)
        {
            var factor = word == "tens" ? 20m : 200m;
            return Vague(p, p + 2, factor, big);
        }

        if (word == "scores" && t.IsWord(p + 1, "of")) return Vague(p, p, 40m, 1m);

        var lead = word switch
        {
            "several" => 3m,
            "few" or "many" => 2m,
            "a" when t.IsWord(p + 1, "few") => 2m,
            _ => 0m,
        };
        if (lead > 0)
        {
            var q = word == "a" ? p + 2 : p + 1;
            if (TryScale(t.Word(q), out var scale, out _) && !(t.IsWord(q + 1, "of") && t.Word(q + 2) is "the" or "them" or "those" or "these"))
            {
                return Vague(p, q, lead, scale);
            }
            return null;
        }

        if (TryScale(word, out var unit, out var plural) && plural) return Vague(p, p, 2m, unit);
        return null;
    }

    private static bool TryScale(string? word, out decimal value, out bool plural)
    {
        value = 0;
        plural = false;
        if (word is null || !NumberWords.TryGet(word, out var number)) return false;
        if (number.Class is not (NumberWordClass.Hundred or NumberWordClass.Scale or NumberWordClass.Dozen)) return false;
        value = number.Value;
        plural = number.Plural;
        return true;
    }

    private static NumberMention Vague(int first, int last, decimal factor, decimal unit) =>
        new(first, last, factor * unit, MentionForm.Vague);
}
