using Corpus.Extraction.Figures.Scanning;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Figures.Context;

/// <summary>
/// The words that say how exact a figure is, before it ("more than 60", "at least 85", "nearly",
/// "up to", "≥") or after it ("60 or more", "60-odd", "60+"). "nearly" and "almost" read as About:
/// they mark an approximation, and a reader asking for approximate figures wants them.
/// </summary>
internal static class Qualifiers
{
    private static readonly Phrases<Qualifier> Before = new(
        ("more than", Qualifier.MoreThan), ("over", Qualifier.MoreThan), ("above", Qualifier.MoreThan), ("in excess of", Qualifier.MoreThan),
        ("upwards of", Qualifier.MoreThan), ("upward of", Qualifier.MoreThan), ("greater than", Qualifier.MoreThan), ("larger than", Qualifier.MoreThan),
        ("bigger than", Qualifier.MoreThan), ("higher than", Qualifier.MoreThan), ("exceeding", Qualifier.MoreThan), ("exceed", Qualifier.MoreThan),
        ("exceeds", Qualifier.MoreThan), ("exceeded", Qualifier.MoreThan), ("surpass", Qualifier.MoreThan), ("surpassing", Qualifier.MoreThan),
        ("surpassed", Qualifier.MoreThan), ("well over", Qualifier.MoreThan), ("just over", Qualifier.MoreThan), ("north of", Qualifier.MoreThan),
        (">", Qualifier.MoreThan),

        ("at least", Qualifier.AtLeast), ("no fewer than", Qualifier.AtLeast), ("no less than", Qualifier.AtLeast), ("not less than", Qualifier.AtLeast),
        ("not fewer than", Qualifier.AtLeast), ("a minimum of", Qualifier.AtLeast), ("minimum of", Qualifier.AtLeast), ("at the very least", Qualifier.AtLeast),
        ("bigger or equal than", Qualifier.AtLeast), ("greater or equal than", Qualifier.AtLeast), ("higher or equal than", Qualifier.AtLeast),
        ("larger or equal than", Qualifier.AtLeast), ("more or equal than", Qualifier.AtLeast), ("greater or equal to", Qualifier.AtLeast),
        ("greater than or equal to", Qualifier.AtLeast), ("more than or equal to", Qualifier.AtLeast), ("bigger than or equal to", Qualifier.AtLeast),
        ("higher than or equal to", Qualifier.AtLeast), ("larger than or equal to", Qualifier.AtLeast), ("equal to or more than", Qualifier.AtLeast),
        ("equal to or greater than", Qualifier.AtLeast), ("equal to or higher than", Qualifier.AtLeast), ("equal to or larger than", Qualifier.AtLeast),
        ("equal to or bigger than", Qualifier.AtLeast), ("equal or more than", Qualifier.AtLeast), ("at least or equal to", Qualifier.AtLeast),
        ("> =", Qualifier.AtLeast), ("≥", Qualifier.AtLeast),

        ("about", Qualifier.About), ("around", Qualifier.About), ("some", Qualifier.About), ("roughly", Qualifier.About), ("approximately", Qualifier.About),
        ("approx", Qualifier.About), ("approx .", Qualifier.About), ("an estimated", Qualifier.About), ("estimated", Qualifier.About), ("nearly", Qualifier.About),
        ("almost", Qualifier.About), ("close to", Qualifier.About), ("circa", Qualifier.About), ("an approximate", Qualifier.About), ("some estimated", Qualifier.About),
        ("in the region of", Qualifier.About), ("on the order of", Qualifier.About), ("of the order of", Qualifier.About), ("nigh on", Qualifier.About),
        ("near", Qualifier.About),

        ("less than", Qualifier.LessThan), ("fewer than", Qualifier.LessThan), ("under", Qualifier.LessThan), ("below", Qualifier.LessThan),
        ("smaller than", Qualifier.LessThan), ("lower than", Qualifier.LessThan), ("just under", Qualifier.LessThan), ("well under", Qualifier.LessThan),
        ("just below", Qualifier.LessThan), ("well below", Qualifier.LessThan), ("short of", Qualifier.LessThan), ("<", Qualifier.LessThan),

        ("up to", Qualifier.AtMost), ("at most", Qualifier.AtMost), ("no more than", Qualifier.AtMost), ("not more than", Qualifier.AtMost),
        ("as many as", Qualifier.AtMost), ("as much as", Qualifier.AtMost), ("a maximum of", Qualifier.AtMost), ("maximum of", Qualifier.AtMost),
        ("at the most", Qualifier.AtMost), ("less or equal than", Qualifier.AtMost), ("smaller or equal than", Qualifier.AtMost),
        ("lower or equal than", Qualifier.AtMost), ("fewer or equal than", Qualifier.AtMost), ("less or equal to", Qualifier.AtMost),
        ("less than or equal to", Qualifier.AtMost), ("smaller than or equal to", Qualifier.AtMost), ("lower than or equal to", Qualifier.AtMost),
        ("fewer than or equal to", Qualifier.AtMost), ("equal to or less than", Qualifier.AtMost), ("equal to or fewer than", Qualifier.AtMost),
        ("equal to or lower than", Qualifier.AtMost), ("equal to or smaller than", Qualifier.AtMost), ("equal or less than", Qualifier.AtMost),
        ("no greater than", Qualifier.AtMost), ("< =", Qualifier.AtMost), ("≤", Qualifier.AtMost),

        ("exactly", Qualifier.Exact), ("precisely", Qualifier.Exact), ("equal to", Qualifier.Exact), ("equals", Qualifier.Exact), ("equals to", Qualifier.Exact),
        ("equaling", Qualifier.Exact), ("equaling to", Qualifier.Exact), ("equalling", Qualifier.Exact), ("equalling to", Qualifier.Exact), ("equal", Qualifier.Exact));

    private static readonly Phrases<Qualifier> After = new(
        ("or more", Qualifier.AtLeast), ("or above", Qualifier.AtLeast), ("or greater", Qualifier.AtLeast), ("or higher", Qualifier.AtLeast),
        ("or over", Qualifier.AtLeast), ("and more", Qualifier.AtLeast), ("and above", Qualifier.AtLeast), ("and over", Qualifier.AtLeast),
        ("and up", Qualifier.AtLeast), ("and upwards", Qualifier.AtLeast), ("or more than", Qualifier.AtLeast), ("or greater than", Qualifier.AtLeast),
        ("or higher than", Qualifier.AtLeast), ("or bigger", Qualifier.AtLeast), ("or larger", Qualifier.AtLeast), ("- plus", Qualifier.AtLeast),
        ("plus", Qualifier.AtLeast), ("+", Qualifier.AtLeast),
        ("or less", Qualifier.AtMost), ("or fewer", Qualifier.AtMost), ("or below", Qualifier.AtMost), ("or under", Qualifier.AtMost),
        ("or lower", Qualifier.AtMost), ("or smaller", Qualifier.AtMost), ("and less", Qualifier.AtMost), ("and below", Qualifier.AtMost),
        ("and under", Qualifier.AtMost), ("or less than", Qualifier.AtMost), ("or fewer than", Qualifier.AtMost), ("or lower than", Qualifier.AtMost),
        ("or so", Qualifier.About), ("- odd", Qualifier.About), ("odd", Qualifier.About), ("- ish", Qualifier.About), ("ish", Qualifier.About));

    private static readonly string[][] OrEqual =
    {
        new[] { "or", "equal", "to", "it" }, new[] { "or", "equal", "to" }, new[] { "or", "equal", "than" }, new[] { "or", "equal" },
    };

    /// <summary>A qualifier ending just before <paramref name="end"/>; returns its first token or -1.</summary>
    public static int MatchBefore(TokenStream t, int end, out Qualifier qualifier)
    {
        var start = Before.MatchBefore(t, end, out qualifier);
        if (start < 0) return -1;
        // "=>30", "=<30" and "<>30" are no comparisons.
        if (!t[start].IsWord && t.Touches(start - 1) && t.IsAnyOf(start - 1, "=<>")) return -1;
        return start;
    }

    /// <summary>A qualifier starting at <paramref name="index"/> after a figure, not followed by another number ("200 or greater than 190" is two figures).</summary>
    public static int MatchAfter(TokenStream t, int index, Qualifier current, out Qualifier qualifier)
    {
        var end = After.Match(t, index, out qualifier);
        if (end >= 0)
        {
            if (qualifier == Qualifier.About && t[index].Text is "odd" or "ish" && !t.Touches(index - 1)) return -1;
            if (t[index].Text is "plus" or "+" && !(t.Touches(index - 1) || t.Is(index - 1, '-')) && t.IsDigits(end)) return -1;
            return Continues(t, end) ? -1 : end;
        }
        if (current is Qualifier.MoreThan or Qualifier.LessThan)
        {
            foreach (var phrase in OrEqual)
            {
                end = t.Match(index, phrase);
                if (end < 0) continue;
                if (Continues(t, end)) return -1;
                qualifier = current == Qualifier.MoreThan ? Qualifier.AtLeast : Qualifier.AtMost;
                return end;
            }
        }
        return -1;
    }

    /// <summary>The words go on into another comparison or number ("and less than 10", "or equal to 6000"): they are not this figure's.</summary>
    private static bool Continues(TokenStream t, int index) =>
        StartsNumber(t, index) || t.Word(index) is "than" or "or" or "equal" or "to" or "the";

    private static bool StartsNumber(TokenStream t, int index) =>
        t.IsDigits(index) || Numbers.NumberWords.IsNumberWord(t.Word(index)) || t.Word(index) is "a" or "an" && Numbers.NumberWords.IsNumberWord(t.Word(index + 1));
}
