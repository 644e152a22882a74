using System.Collections.Generic;
using System.Threading;
using Corpus.Extraction.Figures.Scanning;
using Corpus.Extraction.Figures.Units;

namespace Corpus.Extraction.Figures.Numbers;

/// <summary>
/// Finds every number in a sentence, left to right, longest first: digits with their separators and
/// multipliers, worded numbers, fractions and ratios, vague magnitudes. Tokens the scan proves to be
/// identifiers (dates, times, versions, "9/11") are reported as skipped so no rule reads them again.
/// </summary>
internal static class NumberScanner
{
    public static List<NumberMention> Scan(TokenStream t, bool[] blocked, CancellationToken cancellationToken)
    {
        var mentions = new List<NumberMention>();
        var i = 0;
        while (i < t.Count)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (blocked[i])
            {
                i++;
                continue;
            }
            var mention = TryAt(t, i, out var skipTo, allowRatio: true);
            if (mention is not null)
            {
                mentions.Add(mention);
                i = mention.Last + 1;
            }
            else if (skipTo >= i)
            {
                for (var k = i; k <= skipTo && k < t.Count; k++) blocked[k] = true;
                i = skipTo + 1;
            }
            else
            {
                i++;
            }
        }
        return mentions;
    }

    /// <summary>The number starting at token <paramref name="i"/>, if any. <paramref name="skipTo"/> is the last token of an identifier found there, else -1.</summary>
    private static NumberMention? TryAt(TokenStream t, int i, out int skipTo, bool allowRatio)
    {
        skipTo = -1;
        var p = i;
        var negative = false;
        if (IsSign(t, i))
        {
            negative = true;
            p = i + 1;
        }
        else if (t.Word(i) is "minus" or "negative" && StartsDigitsOrWord(t, i + 1))
        {
            negative = true;
            p = i + 1;
        }

        var mention = t.IsDigits(p) || (t.Is(p, '.') && t.IsDigits(p + 1))
            ? FromDigits(t, p, out skipTo)
            : FromWords(t, p);
        if (mention is null) return null;

        if (allowRatio) mention = TryRatio(t, mention);
        if (negative)
        {
            mention.First = i;
            mention.Value = -mention.Value;
            mention.Negative = true;
        }
        return mention;
    }

    /// <summary>A minus sign, not a hyphen: "-5", "( -5 )", "&lt;-30", but not "Il-76", "1000-5000" or "1000 - 5000".</summary>
    private static bool IsSign(TokenStream t, int i)
    {
        if (!t.IsAnyOf(i, "-\u2212")) return false;
        var numberFollows = t.IsDigits(i + 1) || (t.Is(i + 1, '.') && t.IsDigits(i + 2));
        if (!numberFollows || t.Gap(i) > 2) return false;
        if (!t.InRange(i - 1)) return true;
        var previous = t[i - 1];
        if (t.Touches(i - 1)) return !previous.IsWord && !previous.IsDigits && (previous.Kind == TokenKind.Symbol || previous.Text is "(" or "[" or ":");
        // "from -18", "is -15€": a minus touching its number after a space; "1000 -5000" and "fifty - two" are dashes.
        if (previous.IsDigits || NumberWords.IsNumberWord(previous.Lower)) return false;
        if (previous.Kind == TokenKind.Symbol && VulgarFractions.TryGet(previous.Text, out _)) return false;
        return t.Touches(i) || !previous.IsWord;
    }

    private static bool StartsDigitsOrWord(TokenStream t, int i) =>
        t.IsDigits(i) || NumberWords.IsNumberWord(t.Word(i)) || (t.Word(i) is "a" or "an" && NumberWords.IsNumberWord(t.Word(i + 1)));

    private static NumberMention? FromDigits(TokenStream t, int p, out int skipTo)
    {
        skipTo = -1;
        if (!NumeralParser.TryParse(t, p, out var numeral)) return null;
        if (numeral.IsIdentifier)
        {
            skipTo = numeral.Last;
            return null;
        }

        var form = (numeral.Shape & NumeralShape.Ordinal) != 0 ? MentionForm.Ordinal
            : (numeral.Shape & NumeralShape.Fraction) != 0 ? MentionForm.Fraction
            : MentionForm.Cardinal;
        var mention = new NumberMention(p, numeral.Last, numeral.Value, form)
        {
            FromDigits = true,
            Shape = numeral.Shape,
            IntegerDigits = numeral.IntegerDigits,
        };
        if (form != MentionForm.Cardinal || (numeral.Shape & NumeralShape.Exponent) != 0) return mention;

        var next = numeral.Last + 1;
        if (numeral.IsPlainInteger && !t.Touches(numeral.Last) && t.IsDigits(next)
            && NumeralParser.TryParse(t, next, out var fraction) && !fraction.IsIdentifier && fraction.Shape == NumeralShape.Fraction)
        {
            // "2 1/4", "10 1/2 miles".
            mention.Value += fraction.Value;
            mention.Last = fraction.Last;
            return mention;
        }
        if (t.Touches(numeral.Last) && t.InRange(next) && VulgarFractions.TryGet(t[next].Text, out var vulgar))
        {
            mention.Value += vulgar;
            mention.Last = next;
            return mention;
        }
        if (Multipliers.TryMatch(t, numeral, Currencies.TryBefore(t, p, out _), out var scale, out var last))
        {
            if (!SafeMath.TryMultiply(numeral.Value, scale, out var scaled)) return null;
            mention.Value = scaled;
            mention.Last = last;
            mention.Scaled = true;
            return mention;
        }
        if (ContinuesInWords(t, next)
            && WordNumberParser.TryParse(t, p, numeral.ToAtom(), out var worded, cardinalOnly: true)
            && worded.AtomCount > 1)
        {
            mention.Value = worded.Value.Value;
            mention.Last = worded.Last;
            mention.Scaled = worded.Value.Scaled;
        }
        return mention;
    }

    private static bool ContinuesInWords(TokenStream t, int next)
    {
        var word = t.Word(next);
        if (word is null) return false;
        if (word == "and") return true;
        return NumberWords.TryGet(word, out var number) && number.Class is NumberWordClass.Hundred or NumberWordClass.Scale or NumberWordClass.Dozen;
    }

    private const int StartsAsNumberWord = 1;
    private const int StartsAsArticle = 2;
    private const int StartsAsVagueLead = 4;

    // What a word can start: a number word, an article ("a hundred") or a vague magnitude ("scores of").
    private static readonly System.Func<string, int> LookUpStarts = lower =>
        (NumberWords.IsNumberWord(lower) ? StartsAsNumberWord : 0)
        | (lower is "a" or "an" ? StartsAsArticle : 0)
        | (VagueMagnitudes.IsLead(lower) ? StartsAsVagueLead : 0);

    private static NumberMention? FromWords(TokenStream t, int p)
    {
        if (!t.InRange(p)) return null;
        if (t[p].Kind == TokenKind.Symbol && VulgarFractions.TryGet(t[p].Text, out var vulgar))
        {
            return new NumberMention(p, p, vulgar, MentionForm.Fraction);
        }
        var word = t.Word(p);
        if (word is null) return null;
        // Most words start no number at all: spare them the rules below.
        var starts = t[p].Facts(LookUpStarts);
        if (starts == 0) return null;
        var isNumberWord = (starts & StartsAsNumberWord) != 0;

        var vague = VagueMagnitudes.TryMatch(t, p);
        if (vague is not null) return vague;

        if (!isNumberWord && word is not ("a" or "an")) return null;
        if (!WordNumberParser.TryParse(t, p, null, out var number)) return null;

        var value = number.Value;
        var first = number.Atoms[0];
        // "a third term" is a rank; "a third of", "a fifth" and "a third." are fractions.
        if (first.Kind == AtomKind.Article && number.AtomCount == 2 && value.Form == WordNumberForm.Fraction
            && number.Atoms[1].Kind == AtomKind.Ordinal && !EndsFraction(t, number.Last + 1))
        {
            var ordinal = number.Atoms[1];
            return new NumberMention(ordinal.First, ordinal.Last, ordinal.Value, MentionForm.Ordinal);
        }

        var form = value.Form switch
        {
            WordNumberForm.Ordinal => MentionForm.Ordinal,
            WordNumberForm.Fraction => MentionForm.Fraction,
            _ => MentionForm.Cardinal,
        };
        return new NumberMention(number.First, number.Last, value.Value, form)
        {
            Scaled = value.Scaled,
            BareFraction = value.BareFraction,
        };
    }

    private static bool EndsFraction(TokenStream t, int next)
    {
        if (!t.InRange(next)) return true;
        if (t.IsWord(next, "of")) return true;
        var token = t[next];
        if (!token.IsWord && !token.IsDigits) return token.Text is not "-";
        return NumberWords.TryGet(token.Lower, out var word) && word.Class == NumberWordClass.Scale;
    }

    /// <summary>"one in five", "1 in twenty-one", "two out of five hundred", "one over three": a proportion.</summary>
    private static NumberMention TryRatio(TokenStream t, NumberMention a)
    {
        if (a.Form != MentionForm.Cardinal || a.Scaled || !a.IsInteger || a.Value < 0) return a;
        var k = a.Last + 1;
        var word = t.Word(k);
        int start;
        if (word == "out" && t.IsWord(k + 1, "of")) start = k + 2;
        else if (word is "in" or "over") start = t.IsWord(k + 1, "every") && word == "in" ? k + 2 : k + 1;
        else return a;

        var b = TryAt(t, start, out _, allowRatio: false);
        if (b is null || b.Form != MentionForm.Cardinal || !b.IsInteger || b.Value <= 0 || b.Negative) return a;
        if (word == "over")
        {
            if (Currencies.TryBefore(t, a.First, out _)) return a;
            if (t.InRange(b.Last + 1) && (t[b.Last + 1].IsWord || t[b.Last + 1].IsDigits || t[b.Last + 1].Kind == TokenKind.Symbol)) return a;
        }
        else
        {
            if (a.Value >= b.Value || a.Value == 0) return a;
            if (b.IsPlainDigits && b.IntegerDigits.Length == 4 && b.Value is >= 1000 and <= 2099) return a;
            if (MeasureUnits.TryAfter(t, b.Last + 1, t.Touches(b.Last), out _)) return a;
            if (Percentages.TryAfter(t, b.Last + 1, t.Touches(b.Last), out _, out _)) return a;
        }
        if (!SafeMath.TryDivide(a.Value, b.Value, out var ratio)) return a;
        return new NumberMention(a.First, b.Last, ratio, MentionForm.Fraction)
        {
            FromDigits = a.FromDigits && b.FromDigits,
            Ratio = true,
        };
    }
}
