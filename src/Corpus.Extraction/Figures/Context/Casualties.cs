using System.Collections.Generic;
using Corpus.Extraction.Figures.Scanning;

namespace Corpus.Extraction.Figures.Context;

/// <summary>
/// What happened to what is counted, where the sentence says it: "63 people had been killed" (killed),
/// "more than 60 people dead" (dead), "838 were wounded" (wounded), "killing at least 14" (killed),
/// "the death toll has risen to 63" (dead), "thousands of others injured" (injured).
/// </summary>
internal static class Casualties
{
    public const string Dead = "dead";

    private static readonly Dictionary<string, string> Words = new()
    {
        ["dead"] = Dead, ["died"] = Dead, ["die"] = Dead, ["dies"] = Dead, ["deaths"] = Dead, ["fatalities"] = Dead, ["perished"] = Dead,
        ["drowned"] = Dead, ["killed"] = "killed", ["slain"] = "killed", ["massacred"] = "killed", ["murdered"] = "killed",
        ["wounded"] = "wounded", ["injured"] = "injured", ["injuries"] = "injured", ["hurt"] = "injured",
        ["missing"] = "missing", ["displaced"] = "displaced", ["homeless"] = "displaced", ["fled"] = "displaced", ["evacuated"] = "evacuated", ["evacuees"] = "evacuated",
        ["arrested"] = "arrested", ["detained"] = "detained", ["rescued"] = "rescued", ["kidnapped"] = "kidnapped", ["abducted"] = "kidnapped",
        ["hospitalised"] = "hospitalized", ["hospitalized"] = "hospitalized", ["infected"] = "infected", ["casualties"] = "casualties",
        ["affected"] = "affected", ["stranded"] = "stranded", ["trapped"] = "trapped",
    };

    /// <summary>Verbs before the number whose object is what is counted: "killing 14", "the blast wounded 40".</summary>
    private static readonly Dictionary<string, string> Verbs = new()
    {
        ["killing"] = "killed", ["killed"] = "killed", ["kill"] = "killed", ["kills"] = "killed", ["wounding"] = "wounded", ["wounded"] = "wounded",
        ["wounds"] = "wounded", ["injuring"] = "injured", ["injured"] = "injured", ["injures"] = "injured", ["evacuated"] = "evacuated",
        ["evacuating"] = "evacuated", ["evacuate"] = "evacuated", ["displaced"] = "displaced", ["displacing"] = "displaced",
        ["arrested"] = "arrested", ["arresting"] = "arrested", ["detained"] = "detained", ["detaining"] = "detained", ["rescued"] = "rescued",
        ["rescuing"] = "rescued", ["kidnapped"] = "kidnapped", ["abducted"] = "kidnapped", ["hospitalised"] = "hospitalized", ["hospitalized"] = "hospitalized",
    };

    /// <summary>Words that may stand between the counted noun and what happened to it: "had been", "are feared", "were reportedly".</summary>
    private static readonly HashSet<string> Auxiliaries = new()
    {
        "were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "reportedly", "also", "already", "so", "far", "now", "confirmed",
        "believed", "thought", "feared", "said", "to", "later", "since", "all", "allegedly", "officially", "still", "left", "as", "being",
        "seriously", "critically", "badly", "severely", "slightly", "fatally", "mortally", "presumed", "listed", "reported", "known", "found",
        "people", "others", "of", "them", "whom", "who", "remain", "remained", "remains", "were", "are", "now", "feared", "presumed",
    };

    /// <summary>Verbs that give a toll its number: "has risen to", "stood at", "climbed to", "reached".</summary>
    private static readonly HashSet<string> TollVerbs = new()
    {
        "risen", "rose", "rise", "rises", "rising", "climbed", "climbs", "climbing", "jumped", "jumps", "increased", "increases", "reached",
        "reaches", "hit", "hits", "stood", "stands", "stand", "is", "was", "passed", "topped", "exceeded", "surpassed", "neared", "approached",
        "grew", "soared", "mounted", "put", "puts", "now", "been", "be", "at", "to", "of", "has", "had", "have", "further", "since", "officially",
        "already", "reportedly", "then", "later",
    };

    public static bool IsCasualtyWord(string? lower) => lower is not null && Words.ContainsKey(lower);

    /// <summary>A casualty word used as an adjective before the counted noun: "27 missing villagers", "five dead soldiers".</summary>
    public static string? Before(TokenStream t, int index)
    {
        var word = t.Word(index);
        if (word is not ("missing" or "dead" or "injured" or "wounded" or "displaced" or "homeless" or "stranded" or "trapped" or "detained" or "kidnapped" or "evacuated")) return null;
        var next = t.Word(index + 1);
        if (next is null || FunctionWords.Contains(next) || IsCasualtyWord(next) || t[index + 1].IsCapitalized) return null;
        return Words[word];
    }

    /// <summary>After the counted noun (or the number): "people had been killed", "were wounded", "dead", "injured".</summary>
    public static string? FromRight(TokenStream t, int from)
    {
        var k = from;
        var passive = false;
        for (var skipped = 0; skipped <= 5 && t.InRange(k); skipped++, k++)
        {
            var word = t.Word(k);
            if (word is null) return null;
            if (Words.TryGetValue(word, out var counts)) return !passive && IsActive(t, k + 1) ? null : counts;
            if (word is "lost" && t.Word(k + 1) is "their" or "his" or "her" && t.Word(k + 2) is "lives" or "life") return Dead;
            if (word == "in" && (t.IsWord(k + 1, "hospital") || (t.IsWord(k + 1, "the") && t.IsWord(k + 2, "hospital")))) return "hospitalized";
            if (word.EndsWith("ly", System.StringComparison.Ordinal) && word.Length > 4) continue;
            if (!Auxiliaries.Contains(word)) return null;
            passive |= word is "were" or "was" or "are" or "is" or "been" or "be" or "being";
        }
        return null;
    }

    /// <summary>"two crashes killed 346 people": an active verb with an object, so the count is the agent, not the victims ("were killed the day before" is passive).</summary>
    private static bool IsActive(TokenStream t, int next) =>
        t.IsDigits(next) || Numbers.NumberWords.IsNumberWord(t.Word(next))
        || (t.IsWord(next, "at") && t.Word(next + 1) is "least" or "most")
        || t.Word(next) is "more" or "some" or "about" or "nearly" or "almost" or "around" or "dozens" or "hundreds" or "thousands"
            or "the" or "a" or "an" or "his" or "her" or "their" or "its" or "all" or "both" or "several" or "many";

    /// <summary>
    /// Before the figure: a verb whose object it is ("killing 14", "the blast wounded 40"), or a toll it gives
    /// the number of ("the death toll from the floods climbed to 1,033", "the number of injured rose to 40").
    /// </summary>
    public static string? FromLeft(TokenStream t, int figureFirst)
    {
        var k = figureFirst - 1;
        while (t.Word(k) is "another" or "a" or "an" or "further" or "additional" or "some" or "about") k--;
        var verb = t.Word(k);
        if (verb is not null && Verbs.TryGetValue(verb, out var counts)) return counts;

        // The number must follow a toll verb ("rose to", "stood at", "of"); then the toll or a casualty noun may lie a few words back in the clause.
        var linked = false;
        while (t.Word(k) is { } link && TollVerbs.Contains(link))
        {
            linked = true;
            k--;
        }
        if (!linked) return null;
        for (var steps = 0; steps < 8 && t.InRange(k); steps++, k--)
        {
            var word = t.Word(k);
            if (word is null) return null;
            if (word == "toll")
            {
                return t.Word(k - 1) switch
                {
                    "injury" or "injuries" => "injured",
                    "casualty" => "casualties",
                    _ => Dead,
                };
            }
            if (Words.TryGetValue(word, out counts)) return counts;
        }
        return null;
    }
}
