using System.Collections.Generic;
using Corpus.Extraction.Figures.Scanning;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Figures.Context;

/// <summary>
/// Joins two figures into one with an <see cref="FigureModel.Upper"/>: "between 200 and 300", "from £6 to £10",
/// "3% to 3.5%", "200-300", "20 through 100", "more than 10 and less than 40". A unit or scale written only
/// once is shared ("50 to 80%", "$5-10 million", "between 2 and 3 million"). "rose from 5 to 10" is a change,
/// not a range; "a 3-1 win" is a score.
/// </summary>
internal static class Ranges
{
    private static readonly string[][] AndConnectors = { new[] { "and" }, new[] { "and", "the" } };
    private static readonly string[][] ToConnectors = { new[] { "to" }, new[] { "to", "the" } };
    private static readonly string[][] ComparativeConnectors = { new[] { "and" }, new[] { "but" }, new[] { "," }, new[] { ",", "and" }, new[] { ",", "but" } };

    public static void Combine(TokenStream t, List<FigureCandidate> figures)
    {
        for (var i = 0; i < figures.Count; i++)
        {
            var a = figures[i];
            if (a.Dropped) continue;
            var j = i + 1;
            while (j < figures.Count && figures[j].Dropped) j++;
            if (j >= figures.Count) return;
            var b = figures[j];
            _ = TryBetween(t, a, b) || TryFromTo(t, a, b) || TryScore(t, a, b) || TryJoined(t, a, b) || TryComparatives(t, a, b);
        }
    }

    private static bool Connected(TokenStream t, FigureCandidate a, FigureCandidate b, string[][] connectors)
    {
        foreach (var connector in connectors)
        {
            if (t.Match(a.Last + 1, connector) == b.First) return true;
        }
        return false;
    }

    private static bool TryBetween(TokenStream t, FigureCandidate a, FigureCandidate b)
    {
        var lead = a.First - 1;
        if (t.IsWord(lead, "the")) lead--;
        if (!t.IsWord(lead, "between") || !Connected(t, a, b, AndConnectors)) return false;
        return Merge(t, a, b, lead, eitherOrder: true);
    }

    private static bool TryFromTo(TokenStream t, FigureCandidate a, FigureCandidate b)
    {
        var lead = a.First - 1;
        if (t.IsWord(lead, "the")) lead--;
        if (!t.IsWord(lead, "from") || !Connected(t, a, b, ToConnectors)) return false;
        if (Changes.VerbBefore(t, lead)) return false;
        return Merge(t, a, b, lead, eitherOrder: true);
    }

    private static bool TryJoined(TokenStream t, FigureCandidate a, FigureCandidate b)
    {
        var k = a.Last + 1;
        // "8- to 16-meter": a hyphen left hanging before "to".
        if (t.Is(k, '-') && t.Touches(a.Last) && t.IsWord(k + 1, "to")) k++;
        if (k >= b.First) return false;
        var connector = t[k];
        var isDash = connector.Text is "-" or "–" or "—" or "~";
        var isWord = connector.Lower is "to" or "through" or "thru";
        if ((!isDash && !isWord) || k + 1 != b.First) return false;
        if (isWord && (Changes.VerbBefore(t, a.First) || t.Word(a.First - 1) is "by" or "from" or "to"))
        {
            // "by 55 to 45 per cent", "rose by 5 to 10 percent": two figures, one unit.
            if (Compatible(a, b) && a.Upper is null && b.Upper is null) ShareUnit(a, b);
            return false;
        }
        // "three-nought-four" is three numbers; a dashed range is written in digits.
        if (isDash && !(a.Number.FromDigits && b.Number.FromDigits)) return false;
        if (a.Number.Negative && isDash && t.Touches(a.Last) && t.Touches(k)) return false;
        if (Merge(t, a, b, a.First)) return true;
        // "a margin of 55 to 45 per cent": not a range, but the unit written once is still both figures'.
        if (isWord && Compatible(a, b) && a.Upper is null && b.Upper is null) ShareUnit(a, b);
        return false;
    }

    private static bool TryComparatives(TokenStream t, FigureCandidate a, FigureCandidate b)
    {
        if (!Connected(t, a, b, ComparativeConnectors)) return false;
        var aLower = a.Qualifier is Qualifier.MoreThan or Qualifier.AtLeast;
        var aUpper = a.Qualifier is Qualifier.LessThan or Qualifier.AtMost;
        var bLower = b.Qualifier is Qualifier.MoreThan or Qualifier.AtLeast;
        var bUpper = b.Qualifier is Qualifier.LessThan or Qualifier.AtMost;
        if (!(aLower && bUpper) && !(aUpper && bLower)) return false;
        if (a.Upper is not null || b.Upper is not null || !Compatible(a, b)) return false;
        var (lower, upper) = aLower ? (a, b) : (b, a);
        var (low, high, qualifier) = (lower.Value, upper.Value, lower.Qualifier);
        if (low >= high) return false;
        ShareUnit(a, b);
        a.Qualifier = qualifier;
        a.Value = low;
        a.Upper = high;
        a.Last = b.Last;
        a.NounSearchFrom = b.NounSearchFrom;
        a.HasUnitWords |= b.HasUnitWords;
        b.Dropped = true;
        return true;
    }

    /// <summary>"a 3-1 win", "beat Chelsea 2-0", "a 5-4 vote", "6-4, 3-6, 7-5": two small whole numbers joined by a dash in a sentence about a contest.</summary>
    private static bool TryScore(TokenStream t, FigureCandidate a, FigureCandidate b)
    {
        var k = a.Last + 1;
        if (k + 1 != b.First || !(t[k].Text is "-" or "–" or "—")) return false;
        if (!a.Number.IsPlainDigits || !b.Number.IsPlainDigits || a.HasUnitWords || b.HasUnitWords || a.Value > 200 || b.Value > 200) return false;
        if (a.Qualifier != Qualifier.Exact || b.Qualifier != Qualifier.Exact) return false;
        if (!Contests.IsAboutContest(t))
        {
            // Without a contest in sight, "7-2" read left to right is no range either.
            if (a.Value < b.Value) return false;
            a.Dropped = true;
            b.Dropped = true;
            return true;
        }
        a.Kind = FigureKind.Score;
        a.Upper = b.Value;
        a.Last = b.Last;
        a.HasUnitWords = true;
        a.NounSearchFrom = b.NounSearchFrom;
        b.Dropped = true;
        return true;
    }

    /// <param name="eitherOrder">"from -18 °C to -34 °C" names its ends in either order; "7-2" does not.</param>
    private static bool Merge(TokenStream t, FigureCandidate a, FigureCandidate b, int first, bool eitherOrder = false)
    {
        if (a.Upper is not null || b.Upper is not null || !Compatible(a, b)) return false;
        if (b.Qualifier is not (Qualifier.Exact or Qualifier.About)) return false;
        var lower = ScaledLower(a, b);
        var upper = b.Value;
        if (lower == upper || (lower > upper && !eitherOrder)) return false;
        if (lower > upper) (lower, upper) = (upper, lower);
        a.Value = lower;
        ShareUnit(a, b);
        a.First = first;
        a.Upper = upper;
        a.Last = b.Last;
        a.NounSearchFrom = b.NounSearchFrom;
        a.HasUnitWords |= b.HasUnitWords;
        b.Dropped = true;
        return true;
    }

    private static bool Compatible(FigureCandidate a, FigureCandidate b)
    {
        if (a.Kind == FigureKind.Score || b.Kind == FigureKind.Score) return false;
        if (a.HasUnitWords && b.HasUnitWords) return a.Kind == b.Kind && a.Unit == b.Unit;
        if (a.HasUnitWords || b.HasUnitWords)
        {
            var bare = a.HasUnitWords ? b : a;
            return bare.Kind == FigureKind.Count;
        }
        return a.Kind == b.Kind;
    }

    private static void ShareUnit(FigureCandidate a, FigureCandidate b)
    {
        if (a.HasUnitWords == b.HasUnitWords) return;
        var (source, target) = a.HasUnitWords ? (a, b) : (b, a);
        target.Kind = source.Kind;
        target.Unit = source.Unit;
    }

    /// <summary>"$5-10 million", "between 2 and 3 million": the scale written once applies to both ends.</summary>
    private static decimal ScaledLower(FigureCandidate a, FigureCandidate b)
    {
        if (a.Number.Scaled || !b.Number.Scaled || a.Value <= 0 || a.Value >= 1000) return a.Value;
        foreach (var scale in new[] { 1_000_000_000_000m, 1_000_000_000m, 1_000_000m, 1_000m })
        {
            if (b.Value < scale) continue;
            return a.Value * scale <= b.Value ? a.Value * scale : a.Value;
        }
        return a.Value;
    }
}
