using System.Collections.Generic;
using Corpus.Extraction.Model;
using Corpus.Extraction.Quotes.Speakers;
using Corpus.Extraction.Quotes.Tokens;
using Corpus.Extraction.Quotes.Vocabulary;

namespace Corpus.Extraction.Quotes.Attribution;

/// <summary>
/// Finds reported speech in one sentence, in three shapes:
/// <list type="bullet">
/// <item>"According to X, CLAUSE." (also "According X," without its "to");</item>
/// <item>"CLAUSE, X said." / "CLAUSE, said X." / "CLAUSE, according to X." (the attribution is the
/// sentence's tail after its last comma, followed only by time words or a medium);</item>
/// <item>"X said (that) CLAUSE", "X told reporters CLAUSE", "…, saying CLAUSE", "Y quoted X as saying
/// CLAUSE", several per sentence ("Lopez said A, while Chang said B").</item>
/// </list>
/// The clause must read as a clause: "that" opens it, or it has a finite verb (an auxiliary, a past
/// tense) before any "to" ("begged Moscow to help" reports no speech) and outside a relative clause.
/// Verbs that only characterise speech ("described", "called") never report a clause; others than
/// say-like verbs need "that".
/// </summary>
internal sealed class IndirectSpeech
{
    private static readonly HashSet<string> ClauseBreaks = FunctionWords.Set("while", "whereas", "but", "although", "though");
    private static readonly HashSet<string> Relatives = FunctionWords.Set("which", "who", "whom", "whose", "where", "when");
    private static readonly HashSet<string> AdverbialPrepositions = FunctionWords.Set("on", "in", "at", "during", "after", "before", "late", "early", "last", "this", "earlier", "from", "via", "over", "by");

    private const int MaxClause = 120;

    private readonly MentionReader _mentions;
    private readonly AttributionReader _attributions;

    public IndirectSpeech(MentionReader mentions, AttributionReader attributions)
    {
        _mentions = mentions;
        _attributions = attributions;
    }

    /// <summary>
    /// The reported clauses of the tokens [<paramref name="start"/>, <paramref name="end"/>) of one sentence.
    /// <paramref name="current"/> is the speaker of a participle cue when the range follows an attribution
    /// ("“…,” a UN spokesperson said, adding that …").
    /// </summary>
    public void Read(Block block, int start, int end, bool wholeSentence, Attribution? current, List<ReportedClause> found)
    {
        end = WithoutFinalStop(block, start, end);
        if (end - start < 3) return;
        if (wholeSentence)
        {
            if (According(block, start, end, found)) return;
            var trailing = new List<ReportedClause>();
            if (Trailing(block, start, end, trailing))
            {
                var clause = trailing[0];
                // "The ministry said that …, the IRNA news agency reported": the ministry speaks, the agency relays.
                var inner = new List<ReportedClause>();
                if (IsRelay(clause.Attribution)) ByCue(block, clause.Start, clause.End, null, inner);
                if (inner.Count == 0)
                {
                    found.Add(clause);
                    return;
                }
                var medium = clause.Attribution.Speaker;
                medium.Kind = MentionKind.Organisation;
                medium.Name ??= MentionReader.WithoutDeterminer(medium.Surface);
                foreach (var relayed in inner)
                {
                    var attribution = relayed.Attribution;
                    found.Add(new ReportedClause(relayed.Block, relayed.Start, relayed.End, relayed.Range,
                        new Attribution(attribution.Speaker, attribution.Cue, attribution.Via ?? medium, attribution.Block, attribution.End)));
                }
                return;
            }
        }
        ByCue(block, start, end, current, found);
    }

    // A trailing attribution by a news outlet, or "reported": it passes on what the clause's own speaker said.
    private static bool IsRelay(Attribution attribution)
    {
        var speaker = attribution.Speaker;
        if (speaker.Kind is MentionKind.Pronoun or MentionKind.Person) return false;
        if (speaker.Head is { } head && OrganisationWords.IsMediaHead(head)) return true;
        return speaker.Kind is MentionKind.Organisation or MentionKind.SingleName && attribution.Cue is { } cue && cue.Length > 0;
    }

    private bool According(Block block, int start, int end, List<ReportedClause> found)
    {
        var i = start;
        while (i < end && block[i].IsWord && FunctionWords.IsConnective(block[i].Lower) && block[i].Lower != "according") i++;
        if (i < end && block[i].IsPunct(',')) i++;
        if (!Cues.At(block, i, end, out var cue) || !cue.According) return false;
        var npEnd = Phrases.Forward(block, cue.End, end, attach: true);
        if (npEnd <= cue.End || npEnd >= end || !block[npEnd].IsPunct(',')) return false;
        var speaker = _mentions.Read(block, cue.End, npEnd);
        if (speaker is null) return false;
        var clauseStart = npEnd + 1;
        end = System.Math.Min(end, clauseStart + MaxClause);
        if (!IsClause(block, clauseStart, end, afterThat: true)) return false;
        Add(block, clauseStart, end, new Attribution(speaker, Range(block, cue.Start, cue.End), null, block.Index, npEnd), found);
        return true;
    }

    private bool Trailing(Block block, int start, int end, List<ReportedClause> found)
    {
        var comma = -1;
        for (var k = end - 1; k > start && k >= end - 14; k--)
        {
            if (block[k].IsQuote) return false;
            if (block[k].IsPunct(','))
            {
                comma = k;
                break;
            }
        }
        if (comma < 0) return false;
        var tail = comma + 1;
        if (tail >= end) return false;
        Attribution? attribution = null;
        if (Cues.At(block, tail, end, out var inverted) && (inverted.According || (inverted.Inverts && inverted.Cue.Class == CueClass.Say && !inverted.IsParticiple)))
        {
            var npEnd = inverted.End < end && block[inverted.End].IsWord && block[inverted.End].Lower is "he" or "she" or "they" or "it"
                ? inverted.End + 1
                : Phrases.Forward(block, inverted.End, end, attach: true);
            if (npEnd > inverted.End && OnlyAdverbials(block, npEnd, end, inverted))
            {
                var speaker = _mentions.Read(block, inverted.End, npEnd);
                if (speaker is not null)
                    attribution = new Attribution(speaker, Range(block, inverted.Start, inverted.End), _attributions.Via(block, npEnd, end, inverted), block.Index, end);
            }
        }
        else
        {
            var cueIndex = -1;
            for (var k = tail; k < end && k < tail + 12; k++)
            {
                if (Cues.At(block, k, end, out var candidate) && candidate.Cue.Class == CueClass.Say && !candidate.According && !candidate.IsParticiple)
                {
                    cueIndex = k;
                    break;
                }
            }
            if (cueIndex > tail && Cues.At(block, cueIndex, end, out var cue) && OnlyAdverbials(block, cue.End, end, cue))
            {
                var speaker = _attributions.SubjectLeftOf(block, cueIndex, tail, cue, out _);
                if (speaker is not null && SpansFrom(block, speaker, tail))
                    attribution = new Attribution(speaker, Range(block, cue.Start, cue.End), _attributions.Via(block, cue.End, end, cue), block.Index, end);
            }
        }
        if (attribution is null) return false;
        var clauseStart = System.Math.Max(SkipOpening(block, start, comma), comma - MaxClause);
        // The tail is a clear attribution, so any clause of some length before it is what was said,
        // unless it opens with a preposition ("In a speech on Monday, the president said.").
        if (comma - clauseStart < 3) return false;
        var clause = IsClause(block, clauseStart, comma, afterThat: false)
            || (comma - clauseStart >= 5 && block[clauseStart].IsWord && !OpensWithPreposition(block, clauseStart, comma) && IsClause(block, clauseStart, comma, afterThat: true));
        if (!clause) return false;
        Add(block, clauseStart, comma, attribution, found);
        return true;
    }

    // The speaker phrase must start the tail: ", a senior military official said Saturday".
    private static bool SpansFrom(Block block, Mention speaker, int tail) => speaker.Range.Start == block[tail].Start;

    private void ByCue(Block block, int start, int end, Attribution? current, List<ReportedClause> found)
    {
        var lower = start;
        for (var t = start; t < end; t++)
        {
            if (Cues.ActiveQuoting(block, t, end, out var asSaying))
            {
                // "Interfax quoted a source in the ministry as saying (that) …": the source speaks, Interfax relays.
                var viaStart = Phrases.Backward(block, t - 1, lower);
                var speaker = _mentions.Read(block, t + 1, asSaying);
                if (speaker is not null)
                {
                    var relay = viaStart < t ? _mentions.Read(block, viaStart, t) : null;
                    if (relay is not null) relay.Kind = MentionKind.Organisation;
                    var clauseStart = asSaying + 2;
                    var afterThat = clauseStart < end && block[clauseStart].Lower == "that";
                    if (afterThat) clauseStart++;
                    var relayedEnd = ClauseEnd(block, clauseStart, end);
                    if (IsClause(block, clauseStart, relayedEnd, afterThat))
                    {
                        var attribution = new Attribution(speaker, Range(block, t, asSaying + 2), relay, block.Index, clauseStart);
                        Add(block, clauseStart, relayedEnd, attribution, found);
                        t = relayedEnd;
                        lower = relayedEnd;
                        continue;
                    }
                }
            }
            if (!Cues.At(block, t, end, out var cue) || cue.According || cue.Cue.Class != CueClass.Say) continue;
            Mention? subject;
            // "are insisting" is finite; a bare participle takes its clause's subject.
            var progressive = t > start && block[t - 1].IsWord && FunctionWords.IsBeForm(block[t - 1].Lower);
            if (cue.IsParticiple && !progressive)
            {
                // Only after a comma or a conjunction: ", saying the report was flawed".
                if (t == start || !(block[t - 1].IsPunct(',') || block[t - 1].Lower is "and" or "before" or "after" or "while" or "by")) continue;
                var sentence = Sentence(block, t);
                var previous = found.Count > 0 && found[found.Count - 1].Block == block.Index && found[found.Count - 1].Start >= sentence.Start
                    ? found[found.Count - 1].Attribution.Speaker
                    : null;
                subject = current?.Speaker ?? previous ?? _attributions.MainSubject(block, sentence.Start, t);
            }
            else
            {
                subject = _attributions.SubjectLeftOf(block, t, lower, cue, out var passive);
                if (passive) continue;
                if (subject is null && t > lower && block[t - 1].IsWord && block[t - 1].Lower is "and" or "but")
                    subject = _attributions.MainSubject(block, Sentence(block, t).Start, t);
            }
            if (subject is null) continue;

            var k = cue.Next;
            Mention? via = null;
            if (cue.Cue.TakesObject)
            {
                var objectEnd = AttributionReader.ObjectEnd(block, k, end);
                if (objectEnd > k && !(objectEnd - k == 1 && block[k].Lower == "that"))
                {
                    via = _attributions.Via(block, k, end, cue);
                    k = objectEnd;
                }
            }
            k = SkipAdverbials(block, k, end);
            var that = k < end && block[k].IsWord && block[k].Lower == "that";
            if (that) k++;
            else if (!cue.Cue.BareClause) continue;
            var clauseEnd = ClauseEnd(block, k, end);
            if (clauseEnd - k < (that ? 2 : 3) || !IsClause(block, k, clauseEnd, that)) continue;
            via ??= _attributions.Via(block, cue.End, k, cue) ?? _attributions.IntroVia(block, Sentence(block, t).Start, subject);
            Add(block, k, clauseEnd, new Attribution(subject, Range(block, cue.Start, cue.End), via, block.Index, k), found);
            t = clauseEnd - 1;
            lower = clauseEnd;
        }
    }

    private static (int Start, int End) Sentence(Block block, int index) => block.Sentences[block.SentenceOf(index)];

    // "said Saturday", "said on Saturday", "said in a statement", "said in the Uzbek capital of Tashkent Friday".
    private static int SkipAdverbials(Block block, int k, int end)
    {
        for (var guard = 0; guard < 4 && k < end; guard++)
        {
            var token = block[k];
            if (!token.IsWord) break;
            if (TimeWords.At(block, k))
            {
                k++;
                continue;
            }
            if (!AdverbialPrepositions.Contains(token.Lower)) break;
            // A phrase up to a time word, "that", or a comma.
            var j = k + 1;
            var stop = -1;
            while (j < end && j < k + 9)
            {
                var inner = block[j];
                if (inner.IsWord && TimeWords.At(block, j)) { stop = j + 1; break; }
                if (inner.IsWord && inner.Lower == "that") { stop = j; break; }
                if (inner.IsPunct(',')) { stop = j + 1; break; }
                if (!inner.IsWord || !(Phrases.IsNounWord(block, j) || FunctionWords.IsDeterminer(inner.Lower) || inner.Lower is "of" or "with" or "to" or "for" or "at")) break;
                j++;
            }
            if (stop < 0) break;
            k = stop;
        }
        return k;
    }

    // A reported clause ends at the sentence's end, at "; ", or before ", while …" or ", adding …"; and after
    // MaxClause tokens whatever comes, so that a sentence without end costs no more than its length.
    private static int ClauseEnd(Block block, int start, int end)
    {
        end = System.Math.Min(end, start + MaxClause);
        for (var k = start; k < end; k++)
        {
            var token = block[k];
            if (token.IsPunct(';')) return k;
            if (!token.IsPunct(',') || k + 1 >= end) continue;
            var next = block[k + 1];
            if (next.IsWord && ClauseBreaks.Contains(next.Lower)) return k;
            if (Cues.At(block, k + 1, end, out var cue) && cue.IsParticiple && cue.Cue.Class == CueClass.Say) return k;
        }
        return end;
    }

    private static bool OnlyAdverbials(Block block, int from, int end, CueMatch cue)
    {
        var k = from;
        if (cue.Cue.TakesObject) k = AttributionReader.ObjectEnd(block, k, end);
        k = SkipAdverbials(block, k, end);
        if (k >= end) return true;
        // "as quoted by …", "according to …", "in an interview with …", "on Twitter".
        var first = block[k];
        if (first.IsWord && first.Lower is "as" or "according" or "in" or "on" or "speaking" or "citing" or "quoting" or "via" or "adding")
            return end - k <= 10 && !HasFiniteVerb(block, k, end);
        return false;
    }

    private static int SkipOpening(Block block, int start, int end)
    {
        var i = start;
        while (i < end && block[i].IsWord && block[i].Lower is "however" or "but" or "and" or "meanwhile" or "still" or "yet" or "so" or "moreover" or "also" or "separately" or "instead")
        {
            i++;
            if (i < end && block[i].IsPunct(',')) i++;
        }
        return i;
    }

    /// <summary>Whether tokens [start, end) read as a clause.</summary>
    private static bool IsClause(Block block, int start, int end, bool afterThat)
    {
        if (end <= start) return false;
        var words = 0;
        var onlyQuote = true;
        for (var k = start; k < end; k++)
        {
            if (block[k].IsWord || block[k].IsQuote) words++;
            if (!block[k].IsQuote && block[k].Kind != TokenKind.Punct) onlyQuote = false;
        }
        if (onlyQuote) return false; // the whole clause is a quote: a partial quote, not reported speech
        var first = block[start];
        if (first.IsWord && (first.Lower is "nothing" || (FunctionWords.IsAdverb(first.Lower) && !first.Capitalized)
            || (!afterThat && OpensWithPreposition(block, start, end))))
            return false;
        if (afterThat) return words >= 2;
        return words >= 3 && HasFiniteVerb(block, start, end);
    }

    // "in a statement …" is no clause; "At least 30 people were killed" and "about 40 died" are.
    private static bool OpensWithPreposition(Block block, int start, int end)
    {
        if (!FunctionWords.IsPreposition(block[start].Lower)) return false;
        if (start + 1 >= end || !block[start + 1].IsWord) return true;
        var next = block[start + 1].Lower;
        return !(char.IsDigit(next[0]) || next is "least" or "most" or "some" or "half" or "a" && start + 2 < end && block[start + 2].IsWord && char.IsDigit(block[start + 2].Lower[0]));
    }

    private static bool HasFiniteVerb(Block block, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            var token = block[k];
            if (!token.IsWord) continue;
            var lower = token.Lower;
            if (lower == "to") return false;
            if (k > start && block[k - 1].IsWord && Relatives.Contains(block[k - 1].Lower)) continue;
            if (FunctionWords.IsAuxiliary(lower) || FunctionWords.IsIrregularPast(lower)) return k > start;
            if (lower.Length > 4 && lower.EndsWith("ed", System.StringComparison.Ordinal) && k > start)
            {
                var before = block[k - 1];
                if (before.IsWord && !FunctionWords.IsDeterminer(before.Lower) && !FunctionWords.IsPreposition(before.Lower)
                    && before.Lower is not ("and" or "or" or "but" or "been" or "being" or "be" or "get" or "got"))
                    return true;
            }
        }
        return false;
    }

    private static int WithoutFinalStop(Block block, int start, int end)
    {
        while (end > start && block[end - 1].Kind == TokenKind.Punct && block[end - 1].Lower is "." or "!" or "?" or "\u2026" or ")" or ":") end--;
        return end;
    }

    private static TextRange Range(Block block, int start, int end) => TextRange.FromBounds(block[start].Start, block[end - 1].End);

    private static void Add(Block block, int start, int end, Attribution attribution, List<ReportedClause> found)
    {
        while (end > start && block[end - 1].Kind == TokenKind.Punct && block[end - 1].Lower is "," or "-" or "\u2014" or "\u2013" or "(") end--;
        if (end <= start) return;
        found.Add(new ReportedClause(block.Index, start, end, TextRange.FromBounds(block[start].Start, block[end - 1].End), attribution));
    }
}
