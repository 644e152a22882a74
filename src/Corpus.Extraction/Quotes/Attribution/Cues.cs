using System.Collections.Generic;
using Corpus.Extraction.Quotes.Tokens;
using Corpus.Extraction.Quotes.Vocabulary;

namespace Corpus.Extraction.Quotes.Attribution;

/// <summary>
/// Finds speech cues among tokens: a speech verb in any tense ("said", "has warned", "insisting"), and
/// the multi-word cues "according to" (also without its "to", as writers drop it), "was quoted as saying",
/// "quoted by", "pointed out". A form that is also a common noun ("reports", "claims") is a cue only with
/// a pronoun or a name before it, or "that" after it: "Local media reports said" has one cue, "said".
/// </summary>
internal static class Cues
{
    private static readonly Cue According = new("according", CueClass.Say, CueForm.Participle, false, false, false);
    private static readonly Cue Quoted = new("quote", CueClass.Say, CueForm.Past, false, true, false);
    private static readonly Cue PointedOut = new("point out", CueClass.Say, CueForm.Past, false, true, false);

    private static readonly HashSet<string> RelayParticiples = FunctionWords.Set("saying", "telling", "stating", "adding", "writing", "warning", "declaring");

    public static bool At(Block block, int i, int limit, out CueMatch match)
    {
        match = default;
        if (i < 0 || i >= limit || !block[i].IsWord || !MayBeCue(block, i)) return false;
        var token = block[i];
        var lower = token.Lower;
        if (lower == "according")
        {
            if (i + 1 < limit && block[i + 1].Lower == "to")
            {
                match = new CueMatch(i, i + 2, According, false, true);
                return true;
            }
            // "According Ms. Timakova, …": the "to" is missing, the cue is not.
            if (i + 1 < limit && block[i + 1].IsWord && (block[i + 1].Capitalized || FunctionWords.IsDeterminer(block[i + 1].Lower)))
            {
                match = new CueMatch(i, i + 1, According, false, true);
                return true;
            }
            return false;
        }
        if (lower is "quoted" or "cited")
        {
            // "was quoted as saying", "quoted by": both relay.
            if (i + 2 < limit && block[i + 1].Lower == "as" && RelayParticiples.Contains(block[i + 2].Lower))
            {
                match = new CueMatch(i, i + 3, Quoted, true, false);
                return true;
            }
            if (i + 1 < limit && block[i + 1].Lower == "by")
            {
                // "quoted by RIA Novosti as saying": the reported words follow "as saying".
                var next = i + 1;
                for (var k = i + 2; k + 1 < limit && k < i + 12; k++)
                {
                    if (block[k].Lower == "as" && RelayParticiples.Contains(block[k + 1].Lower))
                    {
                        next = k + 2;
                        break;
                    }
                    if (!block[k].IsWord) break;
                }
                match = new CueMatch(i, i + 1, Quoted, true, false, next);
                return true;
            }
            return false;
        }
        if (lower == "pointed" && i + 1 < limit && block[i + 1].Lower == "out")
        {
            match = new CueMatch(i, i + 2, PointedOut, false, false);
            return true;
        }
        if (!SpeechVerbs.TryGet(lower, out var cue)) return false;
        if (token.Capitalized && !IsSentenceStart(block, i)) return false; // a name: "Mr. Said", "Warns"
        if (cue.Noun && !NounFormIsVerb(block, i, limit)) return false;
        match = new CueMatch(i, i + 1, cue, false, false);
        return true;
    }

    // Every cue below starts with such a word; most tokens are none, and every reader asks again.
    private static bool MayBeCue(Block block, int i) => (block[i].Classes & WordClass.CueStart) != 0;

    /// <summary>The active "Interfax quoted a source as saying": the cue and where its "as saying" is.</summary>
    public static bool ActiveQuoting(Block block, int i, int limit, out int asSaying)
    {
        asSaying = -1;
        if (!block[i].IsWord || block[i].Lower is not ("quoted" or "cited" or "quotes" or "cites")) return false;
        for (var k = i + 2; k + 1 < limit && k < i + 14; k++)
        {
            if (block[k].Lower == "as" && RelayParticiples.Contains(block[k + 1].Lower))
            {
                asSaying = k;
                return true;
            }
            if (!block[k].IsWord) return false;
        }
        return false;
    }

    private static bool NounFormIsVerb(Block block, int i, int limit)
    {
        if (i + 1 < limit && block[i + 1].IsWord && block[i + 1].Lower == "that") return true;
        if (i == 0) return false;
        var before = block[i - 1];
        if (before.IsPunct(',')) return true; // "Their commander, who …, vows"
        if (!before.IsWord) return false;
        return FunctionWords.IsSubjectPronoun(before.Lower) || (before.Capitalized && !IsSentenceStart(block, i - 1))
            || FunctionWords.IsAuxiliary(before.Lower) || FunctionWords.IsAdverb(before.Lower);
    }

    public static bool IsSentenceStart(Block block, int index) =>
        index == block.Sentences[block.SentenceOf(index)].Start || (index > 0 && block[index - 1].IsQuote);
}
