using System.Collections.Generic;
using Corpus.Extraction.Quotes.Tokens;
using Corpus.Extraction.Quotes.Vocabulary;

namespace Corpus.Extraction.Quotes.Speakers;

/// <summary>
/// Where a noun phrase (a speaker's name or description) starts and ends among the tokens. A phrase is
/// an optional determiner, at most eight words that can be part of a name or a noun (no verbs, no
/// function words), nicknames in quotes between names, name particles ("von der"), and one attached
/// prepositional phrase for descriptions ("a source in the ministry"; never after "by", whose object
/// is the agent: "the toll given out by the health ministry").
/// </summary>
internal static class Phrases
{
    private const int MaxWords = 8;

    private static readonly HashSet<string> Particles = FunctionWords.Set(
        "de", "da", "das", "do", "dos", "di", "du", "del", "della", "der", "den", "van", "von", "la", "le", "al",
        "el", "bin", "ibn", "ben", "bint", "abu", "ter", "ten", "y", "st.", "mc", "mac");

    // -ing words that are adjectives in roles: "acting president", "outgoing governor".
    private static readonly HashSet<string> IngAdjectives = FunctionWords.Set(
        "acting", "outgoing", "incoming", "ruling", "leading", "founding", "managing", "governing", "reigning",
        "sitting", "presiding", "commanding", "visiting", "opposing", "remaining", "serving", "striking",
        "working", "fighting", "warring", "neighbouring", "neighboring", "investigating", "reporting", "attending");

    private static readonly HashSet<string> Attaching = FunctionWords.Set("for", "at", "in", "of", "with", "from");

    public static bool IsParticle(string lower) => Particles.Contains(lower);

    public static bool IsAttachingPreposition(string lower) => Attaching.Contains(lower);

    /// <summary>A word that may stand inside a noun phrase.</summary>
    public static bool IsNounWord(Block block, int index) =>
        block.NounWords.TryGet(index, out var known) ? known : block.NounWords.Set(index, ReadNounWord(block, index));

    private static bool ReadNounWord(Block block, int index)
    {
        var token = block[index];
        if (!token.IsWord) return false;
        var lower = token.Lower;
        var classes = token.Classes;
        if ((classes & WordClass.FunctionWord) != 0) return token.AllCaps;
        // A time word ends a phrase, unless it names an outlet: "the Evening Post", "the Sunday Times".
        if (TimeWords.At(block, index))
            return token.Capitalized && index + 1 < block.Count && block[index + 1].IsWord && block[index + 1].Capitalized && OrganisationWords.IsMediaHead(block[index + 1].Bare);
        if (token.Capitalized)
        {
            // A capital that only opens the sentence: "However", "Earlier".
            var sentenceStart = block.Sentences[block.SentenceOf(index)].Start;
            return !(index == sentenceStart || (index > 0 && block[index - 1].IsQuote)) || (classes & (WordClass.Connective | WordClass.Adverb)) == 0;
        }
        if ((classes & (WordClass.Adverb | WordClass.VerbOnlyCue)) != 0) return false;
        if (lower.EndsWith("ing", System.StringComparison.Ordinal) && !IngAdjectives.Contains(lower)) return false;
        return char.IsLetterOrDigit(lower[0]) || lower[0] is '\'' or '\u2019' or '$';
    }

    /// <summary>The end (exclusive) of the noun phrase starting at <paramref name="start"/>; <paramref name="start"/> if none.</summary>
    public static int Forward(Block block, int start, int limit, bool attach)
    {
        var j = start;
        if (j < limit && block[j].IsWord && (FunctionWords.IsDeterminer(block[j].Lower) || FunctionWords.IsDefiniteDeterminer(block[j].Lower)))
        {
            j++;
            // "one of the sources"
            if (block[j - 1].Lower == "one" && j + 1 < limit && block[j].Lower == "of" && FunctionWords.IsDeterminer(block[j + 1].Lower)) j += 2;
        }
        var words = 0;
        var lastWord = -1;
        var speakerNoun = false;
        while (j < limit && words < MaxWords)
        {
            if (IsNounWord(block, j))
            {
                speakerNoun |= (block[j].BareClasses & (SpeakerNoun | WordClass.Document)) != 0;
                lastWord = j;
                j++;
                words++;
                continue;
            }
            if (words > 0 && Joins(block, j, limit))
            {
                j++;
                continue;
            }
            break;
        }
        if (words == 0) return start;
        j = lastWord + 1;
        var agent = j + 1 < limit && block[j].IsWord && block[j].Lower is "by" or "from" && OrganisationWords.IsDocument(block[j - 1].Bare);
        if (attach && (speakerNoun || agent) && j + 1 < limit && block[j].IsWord && (IsAttachingPreposition(block[j].Lower) || agent))
        {
            var k = j + 1;
            if (k < limit && block[k].IsWord && FunctionWords.IsDeterminer(block[k].Lower)) k++;
            var more = 0;
            while (k < limit && more < 5 && IsNounWord(block, k))
            {
                k++;
                more++;
            }
            if (more > 0) j = k;
        }
        return j;
    }

    /// <summary>The start of the noun phrase that ends at <paramref name="last"/> (inclusive); last + 1 if none.</summary>
    public static int Backward(Block block, int last, int lower)
    {
        var start = BackwardCore(block, last, lower);
        if (start > last) return start;
        // A description with an attached phrase: "a spokesman for the ministry", "a source in the ministry",
        // "police in the capital"; only after a noun for people or organisations ("by phone with X" is no speaker).
        var p = start - 1;
        if (p - 1 >= lower && block[p].IsWord && IsAttachingPreposition(block[p].Lower) && block[p - 1].IsWord)
        {
            var head = BackwardCore(block, p - 1, lower);
            for (var k = head; k <= p - 1; k++)
            {
                if (block[k].IsWord && IsSpeakerNoun(block[k])) return head;
            }
        }
        return start;
    }

    private const WordClass SpeakerNoun = WordClass.Role | WordClass.Description | WordClass.OrganisationHead;

    private static bool IsSpeakerNoun(in Token token) => (token.BareClasses & SpeakerNoun) != 0;

    /// <summary>As <see cref="Backward"/>, without an attached prepositional phrase.</summary>
    public static int BackwardCore(Block block, int last, int lower)
    {
        var k = last;
        var words = 0;
        while (k >= lower && words < MaxWords)
        {
            if (IsNounWord(block, k))
            {
                k--;
                words++;
                continue;
            }
            if (words > 0 && k - 1 >= lower && Joins(block, k, last + 1) && block[k - 1].Capitalized)
            {
                k--;
                continue;
            }
            break;
        }
        if (words == 0) return last + 1;
        if (k >= lower && block[k].IsWord && FunctionWords.IsDeterminer(block[k].Lower)) k--;
        var start = k + 1;
        while (start <= last && !block[start].IsWord) start++; // never start on a nickname
        return start;
    }

    // Between two capitalised words: a nickname in quotes, "of" (Ministry of Defence), particles (von der).
    public static bool Joins(Block block, int index, int limit)
    {
        if (index == 0 || index + 1 >= limit) return false;
        var before = block[index - 1];
        var after = block[index + 1];
        var token = block[index];
        if (token.IsWord && IsParticle(token.Lower))
            return (before.Capitalized || (before.IsWord && IsParticle(before.Lower))) && after.IsWord && (after.Capitalized || IsParticle(after.Lower));
        if (!before.Capitalized || !after.Capitalized || !after.IsWord) return false;
        return token.IsQuote || (token.IsWord && token.Lower == "of");
    }
}
