using System.Collections.Generic;
using Corpus.Extraction.Figures.Numbers;
using Corpus.Extraction.Figures.Scanning;
using Corpus.Extraction.Figures.Units;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Figures.Context;

/// <summary>
/// Reads the words attached to a number and decides its kind: a currency before or after it (money), a
/// percent sign or word (percent), an age phrase (age), a unit (measure), "No." (rank), and the qualifiers
/// on either side. Tokens a figure claims (a "$" between two amounts) are not claimed again.
/// </summary>
internal static class Attachments
{
    private static readonly HashSet<string> MoneyWords = new()
    {
        "cost", "costs", "costing", "price", "prices", "priced", "paid", "pay", "pays", "paying", "fine", "fined", "worth", "salary", "wage",
        "wages", "budget", "fund", "funds", "funding", "spent", "spend", "spending", "sold", "sell", "bought", "buy", "deal", "bid", "loan",
        "debt", "profit", "profits", "revenue", "revenues", "tax", "taxes", "fee", "fees", "sterling", "earn", "earned", "earns", "raised",
        "donated", "compensation", "damages", "bonus", "bill", "charge", "charged", "award", "awarded", "prize", "valued", "value", "£",
    };

    private static readonly HashSet<string> WeightWords = new()
    {
        "weigh", "weighs", "weighed", "weighing", "weight", "heavy", "heavier", "lose", "losing", "lost", "gain", "gained", "baby", "lbs",
        "bag", "sack", "load", "carry", "carrying", "lift", "lifted", "ounces", "kilos", "kg", "coal", "rice", "beans", "flour", "meat",
    };

    public static FigureCandidate Read(TokenStream t, NumberMention m, bool[] claimed)
    {
        var c = new FigureCandidate(m);
        var prefixCurrency = false;
        if (m.Form is MentionForm.Cardinal or MentionForm.Vague && Currencies.TryBefore(t, m.First, out var before) && !AnyClaimed(claimed, before.First, before.Last))
        {
            c.Kind = FigureKind.Money;
            c.Unit = before.Code;
            c.Value = Multiply(c.Value, before.Multiplier);
            c.First = before.First;
            c.HasUnitWords = true;
            Claim(claimed, before.First, before.Last);
            prefixCurrency = true;
        }

        if (m.Form != MentionForm.Ordinal && !m.Ratio) ReadSuffix(t, m, c, claimed, prefixCurrency);
        ReadQualifiers(t, c);

        if (c.Kind == FigureKind.Count && !c.HasUnitWords && m.Form == MentionForm.Cardinal)
        {
            if (Percentages.TryBefore(t, m.First, out var percentFirst))
            {
                c.Kind = FigureKind.Percent;
                c.Unit = Percentages.Percent;
                c.First = percentFirst;
                c.HasUnitWords = true;
                ReadQualifiers(t, c);
            }
            else if (t.IsWord(m.First - 1, "magnitude") && m.Value < 10)
            {
                // "a magnitude 7.8 earthquake".
                c.Kind = FigureKind.Measure;
                c.Unit = "magnitude";
                c.First = m.First - 1;
                c.HasUnitWords = true;
            }
            else if (IsRank(t, m))
            {
                c.Kind = FigureKind.Ordinal;
                c.First = m.First - (t.Is(m.First - 1, '.') ? 2 : 1);
            }
            else if (Ages.MatchBefore(t, c.First) >= 0 || Ages.IsApposition(t, m))
            {
                c.Kind = FigureKind.Age;
                c.Unit = "years";
                c.HasUnitWords = true;
            }
        }
        return c;
    }

    private static void ReadSuffix(TokenStream t, NumberMention m, FigureCandidate c, bool[] claimed, bool prefixCurrency)
    {
        var p = m.Last + 1;
        var touching = t.Touches(m.Last);
        var hyphen = t.Is(p, '-') && touching && t.Touches(p);
        var q = hyphen ? p + 1 : p;

        var ageLast = Ages.MatchAfter(t, p, out var ageUnit);
        if (ageLast >= 0 && m.Form == MentionForm.Cardinal)
        {
            c.Kind = FigureKind.Age;
            c.Unit = ageUnit;
            Attach(c, ageLast, claimed);
            return;
        }

        if (!hyphen && Percentages.TryAfter(t, p, touching, out var percentUnit, out var percentLast))
        {
            c.Kind = FigureKind.Percent;
            c.Unit = percentUnit;
            Attach(c, percentLast, claimed);
            return;
        }

        // "millions of dollars"; a sign or code touching the next number is that number's ("1 $10", "3 USD50").
        var currencyAt = m.Form == MentionForm.Vague && t.IsWord(p, "of") ? p + 1 : q;
        if (!AnyClaimed(claimed, currencyAt, currencyAt) && TryCurrencyAfter(t, m, currencyAt, touching, out var after)
            && !(t.Touches(after.Last) && t.IsDigits(after.Last + 1)))
        {
            if (prefixCurrency)
            {
                // "$10 dollars": the same currency twice is one amount; "$5 rmb" is not ours to read.
                if (after.Code == c.Unit && after.Factor == 1 && t[currencyAt].IsWord) Attach(c, after.Last, claimed);
                return;
            }
            c.Kind = FigureKind.Money;
            c.Unit = after.Code;
            c.Value = Multiply(Multiply(c.Value, after.Factor), after.Multiplier);
            Attach(c, after.Last, claimed);
            return;
        }
        if (prefixCurrency) return;

        var unitAt = q;
        if (m.BareFraction && t.Word(unitAt) is "a" or "an") unitAt++;
        if (m.Form == MentionForm.Vague && t.IsWord(unitAt, "of")) unitAt++;
        var written = (m.Shape & (NumeralShape.Grouped | NumeralShape.Decimal)) != 0;
        if (MeasureUnits.TryAfter(t, unitAt, touching && !hyphen, out var unit, written))
        {
            c.Kind = FigureKind.Measure;
            c.Unit = unit.Unit;
            Attach(c, unit.Last, claimed);
            if (unit.Unit == "ft") ReadInches(t, c, claimed);
        }
    }

    /// <summary>"5 ft 2 in", "6 feet and 2 inches": a height in feet and inches is one measure in feet.</summary>
    private static void ReadInches(TokenStream t, FigureCandidate c, bool[] claimed)
    {
        var k = c.Last + 1;
        if (t.IsWord(k, "and")) k++;
        if (!t.IsDigits(k) || !NumeralParser.TryParse(t, k, out var inches) || inches.IsIdentifier || inches.Value >= 12) return;
        var unit = inches.Last + 1;
        if (t.Word(unit) is not ("in" or "inch" or "inches" or "ins")) return;
        if (t.Word(unit) == "in" && t.IsWord(unit + 1) && !(t.Word(unit + 1) is "tall" or "high" or "long" or "wide" or "deep")) return;
        c.Value += inches.Value / 12m;
        Claim(claimed, k, unit);
        c.Last = unit;
        c.NounSearchFrom = unit + 1;
    }

    private static bool TryCurrencyAfter(TokenStream t, NumberMention m, int index, bool touching, out CurrencyMatch match)
    {
        if (Currencies.TryGluedMinor(t, m.Last, out match)) return true;
        if (!Currencies.TryAfter(t, index, out match))
        {
            if (Currencies.IsWon(t, index, m.Value))
            {
                match = new CurrencyMatch("KRW", index, index);
                return true;
            }
            return false;
        }
        if (!touching && index == m.Last + 1 && t.Gap(m.Last) > 2) return false;
        if (match.MayBeWeight)
        {
            if (!m.Scaled && !IsMoneySentence(t)) return false;
        }
        return true;
    }

    /// <summary>"pounds" is money when the amount is scaled ("20 million pounds") or the sentence is about money and not weight.</summary>
    private static bool IsMoneySentence(TokenStream t) => !t.HasAnyWord(WeightWords) && t.HasAnyWord(MoneyWords);

    private static void ReadQualifiers(TokenStream t, FigureCandidate c)
    {
        if (c.Qualifier == Qualifier.Vague) return;
        var right = Qualifiers.MatchAfter(t, c.Last + 1, Qualifier.Exact, out var after);
        if (right >= 0)
        {
            c.Qualifier = after;
            c.Last = right - 1;
        }
        // "higher than the tenth": a rank keeps its article.
        var anchor = c.Kind == FigureKind.Ordinal && t.IsWord(c.First - 1, "the") ? c.First - 1 : c.First;
        var start = Qualifiers.MatchBefore(t, anchor, out var before);
        if (start < 0) return;
        c.First = start;
        // "about five hundred or more": the words after the number are the more precise.
        if (right >= 0) return;
        c.Qualifier = before;
        if (before is Qualifier.MoreThan or Qualifier.LessThan)
        {
            // "more than 5000 or equal to": the comparison takes in the number itself.
            var orEqual = Qualifiers.MatchAfter(t, c.Last + 1, before, out var widened);
            if (orEqual >= 0 && widened != before)
            {
                c.Qualifier = widened;
                c.Last = orEqual - 1;
            }
        }
    }

    /// <summary>"No. 1", "no . 1", "the world number one": a rank.</summary>
    private static bool IsRank(TokenStream t, NumberMention m)
    {
        if (!m.IsInteger || m.Scaled || m.Negative || m.Value <= 0 || m.Value > 1000) return false;
        if (m.FromDigits && !m.IsPlainDigits) return false;
        var k = m.First - 1;
        var dotted = t.Is(k, '.');
        if (dotted) k--;
        var word = t.Word(k);
        if (word == "no") return dotted || t[k].Text == "No";
        return word == "number" && !t.IsWord(m.Last + 1, "of");
    }

    private static void Attach(FigureCandidate c, int last, bool[] claimed)
    {
        Claim(claimed, c.Last + 1, last);
        c.Last = last;
        c.HasUnitWords = true;
        c.NounSearchFrom = last + 1;
    }

    private static bool AnyClaimed(bool[] claimed, int first, int last)
    {
        for (var k = first; k <= last && k < claimed.Length; k++)
        {
            if (k >= 0 && claimed[k]) return true;
        }
        return false;
    }

    private static void Claim(bool[] claimed, int first, int last)
    {
        for (var k = first; k <= last && k < claimed.Length; k++)
        {
            if (k >= 0) claimed[k] = true;
        }
    }

    private static decimal Multiply(decimal value, decimal factor) =>
        factor == 1 || !SafeMath.TryMultiply(value, factor, out var result) ? value : result;
}
