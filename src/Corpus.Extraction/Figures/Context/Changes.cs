using System.Collections.Generic;
using Corpus.Extraction.Figures.Scanning;

namespace Corpus.Extraction.Figures.Context;

/// <summary>
/// A change is two figures, not a range: "rose to 91 from 74", "fell from 10% to 8%". The figure
/// written without its unit takes the other's ("from 5 to 10 percent").
/// </summary>
internal static class Changes
{
    private static readonly HashSet<string> Verbs = new()
    {
        "rose", "rise", "rises", "rising", "risen", "fell", "fall", "falls", "falling", "fallen", "increased", "increase", "increases",
        "increasing", "decreased", "decrease", "decreases", "decreasing", "climbed", "climb", "climbs", "climbing", "jumped", "jump", "jumps",
        "jumping", "dropped", "drop", "drops", "dropping", "grew", "grow", "grows", "growing", "grown", "declined", "decline", "declines",
        "declining", "cut", "cuts", "cutting", "raised", "raise", "raises", "raising", "reduced", "reduce", "reduces", "reducing", "lowered",
        "lower", "lowering", "doubled", "tripled", "trebled", "halved", "slashed", "surged", "surge", "soared", "soar", "slumped", "plunged",
        "plummeted", "slid", "slipped", "sank", "sunk", "tumbled", "edged", "inched", "revised", "upgraded", "downgraded", "changed",
        "moved", "shifted", "swelled", "ballooned", "expanded", "shrank", "shrunk", "narrowed", "widened", "up", "down", "higher",
        "hiked", "boosted", "trimmed", "went", "gone", "spiked", "rebounded", "recovered", "dipped", "eased", "gained", "lost", "added",
        "shed", "advanced", "retreated", "increase", "rise", "drop", "fall", "jump", "decline", "reduction", "cut",
    };

    /// <summary>Whether a change verb stands within a few words before <paramref name="index"/> in the same clause.</summary>
    public static bool VerbBefore(TokenStream t, int index, int window = 4)
    {
        for (var k = index - 1; k >= 0 && k >= index - window; k--)
        {
            var word = t.Word(k);
            if (word is null)
            {
                if (t.IsAnyOf(k, ",.;:!?()\"“”")) return false;
                continue;
            }
            if (Verbs.Contains(word)) return true;
        }
        return false;
    }

    /// <summary>"rose to 91 from 74": the second takes the first's kind, unit and counts when it has none.</summary>
    public static void Propagate(TokenStream t, List<FigureCandidate> figures)
    {
        for (var i = 0; i + 1 < figures.Count; i++)
        {
            var a = figures[i];
            var b = figures[i + 1];
            if (a.Dropped || b.Dropped) continue;
            var between = b.First - a.Last - 1;
            var fromTo = between == 1 && t.IsWord(a.Last + 1, "from") && t.IsWord(a.First - 1, "to");
            var toFrom = between == 1 && t.IsWord(a.Last + 1, "to") && t.IsWord(a.First - 1, "from");
            if (!fromTo && !toFrom) continue;
            var (source, target) = fromTo ? (a, b) : (b, a);
            if (target.Kind == Model.FigureKind.Count && target.Unit is null && !target.HasUnitWords)
            {
                target.Kind = source.Kind;
                target.Unit = source.Unit;
            }
            target.Counts ??= source.Counts;
            source.Counts ??= target.Counts;
        }
    }
}
