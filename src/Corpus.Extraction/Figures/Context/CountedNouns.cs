using System.Collections.Generic;
using Corpus.Extraction.Figures.Numbers;
using Corpus.Extraction.Figures.Scanning;

namespace Corpus.Extraction.Figures.Context;

/// <summary>
/// The noun a count counts: the first regular plural in the run of words after the number ("three major
/// powers", "20 police officers", "one in five adults smokes"), else the run's last word ("the second largest
/// city"). A run stops at function words, punctuation, other numbers, verbs and participles ("200 homes
/// destroyed", "63 remain missing") and a capitalised word after lower-case ones ("powers U.S."); it is at
/// most four words long.
/// </summary>
internal static class CountedNouns
{
    private static readonly HashSet<string> Plurals = new()
    {
        "people", "men", "women", "children", "police", "personnel", "staff", "cattle", "sheep", "fish", "deer", "aircraft", "livestock",
        "infantry", "clergy", "folk", "mice", "geese", "teeth", "offspring", "crew", "militia", "youth", "elderly", "others", "swine",
    };

    /// <summary>Verbs that follow a count as its predicate ("63 remain missing", "38 were left homeless").</summary>
    private static readonly HashSet<string> Verbs = new()
    {
        "remained", "remains", "stay", "stayed", "became", "become", "seemed", "appear", "appeared", "went", "gone", "came",
        "come", "got", "get", "left", "lay", "lie", "took", "take", "gave", "give", "made", "make", "saw", "see", "said", "say", "told",
        "turned", "returned", "fled", "flee", "marched", "gathered", "joined", "signed", "lost", "won", "received", "struck", "hit",
        "took", "began", "begun", "rose", "risen", "fell", "fallen", "grew", "grown", "led", "held", "ran", "found", "kept", "brought",
        "bought", "sold", "built", "sent", "spent", "paid", "met", "stood", "shot", "fought", "caught", "taught", "sought", "wrote",
        "written", "drove", "driven", "flew", "flown", "broke", "broken", "spoke", "spoken", "chose", "chosen", "threw", "thrown", "knew",
        "known", "hid", "hidden", "slid", "sank", "sunk", "swept", "burnt", "dealt", "meant", "felt", "heard", "sat", "lit", "won't",
        "remain", "say", "says", "include", "includes", "included", "including", "face", "faces", "faced", "need", "needs", "needed",
    };

    private const int MaxRun = 4;

    public static bool LooksPlural(TokenStream t, int index)
    {
        var token = t.InRange(index) ? t[index] : default;
        if (!token.IsWord || token.Text.Length < 3) return false;
        var w = token.Lower;
        if (Plurals.Contains(w)) return true;
        if (token.IsCapitalized && !token.IsAllCaps) return false;
        if (FunctionWords.Contains(w)) return false;
        return w.EndsWith("s", System.StringComparison.Ordinal) && !w.EndsWith("ss", System.StringComparison.Ordinal)
            && !w.EndsWith("us", System.StringComparison.Ordinal) && !w.EndsWith("is", System.StringComparison.Ordinal)
            && !w.EndsWith("'s", System.StringComparison.Ordinal) && !w.EndsWith("’s", System.StringComparison.Ordinal);
    }

    /// <summary>The counted noun starting at <paramref name="from"/>; <paramref name="end"/> is the token after the run.</summary>
    public static string? Find(TokenStream t, int from, bool skipOf, out int end)
    {
        var k = from;
        if (skipOf && t.IsWord(k, "of"))
        {
            // "half of the country's 1.4 million teachers", "287 of the 543 seats": past the determiner,
            // a possessive and the number of the whole, to the noun.
            k++;
            if (t.Word(k) is "the" or "its" or "their" or "his" or "her" or "our" or "these" or "those" or "them" or "all") k++;
            if (IsPossessive(t.Word(k))) k++;
            while (t.IsDigits(k) || t.IsAnyOf(k, ",.") && t.IsDigits(k + 1) && t.Touches(k) || NumberWords.IsNumberWord(t.Word(k))) k++;
        }
        while (t.Word(k) is "more" or "other" or "additional" or "further" or "extra" or "new" or "fresh") k++;

        // "a 10-point plan", "fifth-largest economy": the word after a hyphen names the thing, unless it is a superlative.
        if (t.Is(k, '-') && t.Touches(k - 1) && t.Touches(k) && t.IsWord(k + 1))
        {
            var joined = t.Word(k + 1)!;
            if (!IsSuperlative(joined))
            {
                end = k + 2;
                return FunctionWords.Contains(joined) || Casualties.IsCasualtyWord(joined) || NumberWords.IsNumberWord(joined) ? null : joined;
            }
            k += 2;
        }

        var run = new List<string>(MaxRun);
        var lastPlural = -1;
        var sawLowerCase = false;
        while (t.InRange(k) && run.Count < MaxRun)
        {
            var token = t[k];
            if (!token.IsWord) break;
            // "two F-16 jets": a designator between the number and its noun is skipped.
            if (t.Is(k + 1, '-') && t.Touches(k) && t.Touches(k + 1) && t.IsDigits(k + 2))
            {
                k += 3;
                while (t.IsWord(k) && t.Touches(k - 1)) k++;
                continue;
            }
            // "150 Boeing 737 MAX jets": a model name between the number and its noun is skipped.
            if (token.IsCapitalized && t.IsDigits(k + 1) && !t.Touches(k))
            {
                k += 2;
                while (t.InRange(k) && t[k].IsWord && (t[k].IsAllCaps || t[k].IsCapitalized) && t.IsWord(k + 1)) k++;
                continue;
            }
            var w = token.Lower;
            if (w != "others" && FunctionWords.Contains(w)) break;
            if (Casualties.IsCasualtyWord(w) || Verbs.Contains(w) || Exclusions.Calendar.IsMonth(w)) break;
            if (NumberWords.IsNumberWord(w) && !(run.Count == 0 && w is "quarter" or "quarters" or "half" or "halves")) break;
            // "forced to flee", "gathered." : a past form before a function word or the end is the verb.
            if (w.EndsWith("ed", System.StringComparison.Ordinal) && (!t.IsWord(k + 1) || FunctionWords.Contains(t.Word(k + 1)))) break;
            if (token.IsCapitalized && sawLowerCase) break;
            if (w.EndsWith("ly", System.StringComparison.Ordinal) && w.Length > 4) break;
            if (lastPlural >= 0 && (w.EndsWith("ed", System.StringComparison.Ordinal) || w.EndsWith("ing", System.StringComparison.Ordinal))) break;
            if (run.Count == 0 && w.EndsWith("ing", System.StringComparison.Ordinal)) break;
            run.Add(w);
            if (!token.IsCapitalized) sawLowerCase = true;
            var plural = LooksPlural(t, k);
            if (plural) lastPlural = run.Count - 1;
            k++;
            // "one in five adults smokes": a regular plural ends the noun; "police officers" goes on past an irregular one.
            if (plural && !Plurals.Contains(w)) break;
            // "low-income families": a hyphen joins two words of the run.
            if (t.Is(k, '-') && t.Touches(k - 1) && t.Touches(k) && t.IsWord(k + 1)) k++;
        }
        end = k;
        if (run.Count == 0) return null;
        return lastPlural >= 0 ? run[lastPlural] : run[run.Count - 1];
    }

    private static bool IsPossessive(string? word) =>
        word is not null && (word.EndsWith("'s", System.StringComparison.Ordinal) || word.EndsWith("’s", System.StringComparison.Ordinal));

    private static bool IsSuperlative(string word) =>
        word.EndsWith("est", System.StringComparison.Ordinal) || word is "most" or "least" or "biggest" or "largest" or "ranked" or "placed";
}
