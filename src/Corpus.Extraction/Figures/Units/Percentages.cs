using Corpus.Extraction.Figures.Scanning;

namespace Corpus.Extraction.Figures.Units;

/// <summary>Percentages in every house style: 50%, 50 per cent, 50 percent, 50 pct, 50pc, and percentage points.</summary>
internal static class Percentages
{
    public const string Percent = "percent";
    public const string Points = "percentage points";

    private static readonly Phrases<string> Signs = new(
        ("%", Percent), ("per cent", Percent), ("per - cent", Percent), ("percent", Percent), ("percents", Percent), ("pct", Percent),
        ("percentage", Percent), ("percentages", Percent),
        ("percentage point", Points), ("percentage points", Points), ("percentage - point", Points), ("pct point", Points), ("pct points", Points),
        ("% points", Points), ("per cent points", Points), ("percent points", Points));

    /// <summary>A percent sign or word starting at <paramref name="index"/>; "pc" counts only glued to the number ("5pc").</summary>
    public static bool TryAfter(TokenStream t, int index, bool touching, out string unit, out int last)
    {
        last = -1;
        if (touching && t.Word(index) == "pc" && !(t.IsDigits(index + 1) && t.Touches(index)))
        {
            unit = Percent;
            last = index;
            return true;
        }
        var end = Signs.Match(t, index, out unit);
        if (end < 0) return false;
        last = end - 1;
        return true;
    }

    /// <summary>"percent of 10", "per cent of twenty-two": the percentage written before its number.</summary>
    public static bool TryBefore(TokenStream t, int numberFirst, out int first)
    {
        first = -1;
        if (!t.IsWord(numberFirst - 1, "of")) return false;
        var start = Signs.MatchBefore(t, numberFirst - 1, out var unit);
        if (start < 0 || unit != Percent) return false;
        // "10 percent of 100 people": the percentage already has its number.
        if (t.IsDigits(start - 1) || Numbers.NumberWords.IsNumberWord(t.Word(start - 1))) return false;
        first = start;
        return true;
    }
}
