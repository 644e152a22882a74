using System.Collections.Generic;
using Corpus.Extraction.Figures.Numbers;
using Corpus.Extraction.Figures.Scanning;

namespace Corpus.Extraction.Figures.Context;

/// <summary>
/// Ages: "a 17-year-old", "28 - year - old", "29 years old", "ninety five years of age", "aged 60",
/// "87 yo", and the news apposition "Natalia Smith, 34, said".
/// </summary>
internal static class Ages
{
    /// <summary>An age phrase after the number; returns its last token or -1.</summary>
    public static int MatchAfter(TokenStream t, int index, out string unit)
    {
        unit = "years";
        var k = index;
        if (t.Is(k, '-')) k++;
        var word = t.Word(k);
        unit = word switch
        {
            "year" or "years" or "yr" or "yrs" => "years",
            "month" or "months" => "months",
            "week" or "weeks" => "weeks",
            "day" or "days" => "days",
            "yo" when k == index => "years",
            _ => "",
        };
        if (unit.Length == 0) return -1;
        if (word == "yo") return k;
        k++;
        if (t.Is(k, '-')) k++;
        if (t.IsWord(k, "old")) return k;
        if (k == index + 1 && t.IsWord(k, "of") && t.IsWord(k + 1, "age")) return k + 1;
        return -1;
    }

    /// <summary>"aged 60", "age 87", "ages 5 to 11", "aged between 18 and 25", "at the age of 36": the first token of the lead, or -1.</summary>
    public static int MatchBefore(TokenStream t, int numberFirst)
    {
        var k = numberFirst - 1;
        if (t.Word(k) is "between" or "from" or "about" or "around" or "over" or "under") k--;
        if (t.Word(k) is "aged" or "age" or "ages") return k;
        return t.IsWord(k, "of") && t.IsWord(k - 1, "age") ? k - 1 : -1;
    }

    private static readonly HashSet<string> People = new()
    {
        "man", "woman", "boy", "girl", "child", "teenager", "youth", "gunman", "suspect", "victim", "driver", "passenger", "pilot",
        "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister", "grandmother", "grandfather", "widow", "student",
        "teacher", "officer", "soldier", "worker", "resident", "farmer", "nurse", "doctor", "player", "striker", "defender", "goalkeeper",
        "singer", "actor", "actress", "author", "journalist", "reporter", "photographer", "businessman", "businesswoman", "mayor", "owner",
        "pensioner", "mum", "dad", "baby", "toddler", "infant", "patient", "prisoner", "inmate", "attacker", "assailant", "cyclist",
        "pedestrian", "motorist", "rider", "climber", "swimmer", "runner", "coach", "manager", "chairman", "chief", "leader", "survivor",
    };

    /// <summary>"Otunbayeva, 60, said", "the gunman, 34, had", "Smith (34)": a bare number between commas right after a name or a person.</summary>
    public static bool IsApposition(TokenStream t, NumberMention m)
    {
        if (!m.IsPlainDigits || m.Value < 1 || m.Value > 120) return false;
        var open = t.Is(m.First - 1, ',') ? ',' : t.Is(m.First - 1, '(') ? '(' : '\0';
        if (open == '\0' || !t.IsWord(m.First - 2)) return false;
        var before = t[m.First - 2];
        var isName = before.IsCapitalized && !FunctionWords.Contains(before.Lower) && !Exclusions.Calendar.IsMonth(before.Lower);
        if (!isName && !People.Contains(before.Lower)) return false;
        return open == ',' ? t.Is(m.Last + 1, ',') : t.Is(m.Last + 1, ')');
    }
}
