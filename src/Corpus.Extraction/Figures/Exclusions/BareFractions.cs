using Corpus.Extraction.Figures.Numbers;
using Corpus.Extraction.Figures.Scanning;

namespace Corpus.Extraction.Figures.Exclusions;

/// <summary>
/// "half" and "quarter" with no number of their own are shares only in share positions: "half of the
/// population", "more than half", "half a million". "the second half", "half-time", "a quarter-final"
/// and "the third quarter" are not figures.
/// </summary>
internal static class BareFractions
{
    public static bool IsNotAShare(TokenStream t, NumberMention m)
    {
        if (!m.BareFraction) return false;
        var word = t.Word(m.First);
        var previous = t.Word(m.First - 1);
        var next = t.Word(m.Last + 1);
        if ((t.Is(m.Last + 1, '-') && t.Touches(m.Last)) || (t.Is(m.First - 1, '-') && t.Touches(m.First - 2))) return true;
        if (previous is not null && (NumberWords.TryGet(previous, out var number) && number.Class == NumberWordClass.Ordinal
            || previous is "the" or "this" or "that" or "last" or "next" or "each" or "every" or "per" or "in" or "its" or "their" or "his" or "her" or "our")
            && !(previous == "the" && next == "of" && word == "half"))
        {
            return true;
        }
        if (word == "quarter") return next != "of";
        return false;
    }
}
