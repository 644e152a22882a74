using System.Collections.Generic;
using Corpus.Extraction.Figures.Scanning;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Figures.Context;

/// <summary>
/// Amounts written in two parts: "3 dollars 50 cents", "thirteen dollars and forty-five cents",
/// "15 dollars 50", "c $ 100 and fifty". The second part is the hundredths of the first.
/// </summary>
internal static class MoneyCompounds
{
    public static void Combine(TokenStream t, List<FigureCandidate> figures)
    {
        for (var i = 0; i + 1 < figures.Count; i++)
        {
            var a = figures[i];
            var b = figures[i + 1];
            if (a.Dropped || b.Dropped || a.Kind != FigureKind.Money || a.Upper is not null || !a.Number.IsInteger || a.Number.Scaled) continue;
            if (a.Value != decimal.Truncate(a.Value) || a.Qualifier != Qualifier.Exact || b.Qualifier != Qualifier.Exact) continue;
            var k = a.Last + 1;
            if (t.IsWord(k, "and")) k++;
            if (k != b.First || !b.Number.IsInteger || b.Number.Value <= 0 || b.Number.Value >= 100 || b.Number.Negative) continue;

            var minor = b.Kind == FigureKind.Money && b.Unit == a.Unit && b.Value < 1;
            var bare = b.Kind == FigureKind.Count && !b.HasUnitWords && EndsAmount(t, b.Last + 1);
            if (!minor && !bare) continue;

            a.Value += b.Number.Value / 100m;
            a.Last = b.Last;
            a.NounSearchFrom = b.NounSearchFrom;
            b.Dropped = true;
        }
    }

    /// <summary>Nothing after the cents that they could be counting: the end, punctuation, "and", "or", "more".</summary>
    private static bool EndsAmount(TokenStream t, int index)
    {
        if (!t.InRange(index)) return true;
        if (!t[index].IsWord && !t[index].IsDigits) return true;
        return t.Word(index) is "and" or "or" or "more" or "less" or "cents" or "cent";
    }
}
