using System.Collections.Generic;
using Corpus.Extraction.Model;
using Corpus.Extraction.Quotes.Speakers;
using Corpus.Extraction.Quotes.Tokens;
using Corpus.Extraction.Quotes.Vocabulary;

namespace Corpus.Extraction.Quotes.Attribution;

/// <summary>
/// Finds the attribution of a quotation in the reporter's words around it:
/// <list type="bullet">
/// <item>after it: <c>," he said.</c>, <c>," said the source as quoted by Itar-Tass.</c>, <c>," X, a doctor, said.</c>,
/// <c>," Kremlin spokesperson Natalia Timakova was quoted as saying by ITAR-TASS.</c></item>
/// <item>before it: <c>X said: "</c>, <c>X told reporters, "</c>, <c>According to X, "</c>, <c>…, saying "</c>,
/// and a clause ending in a colon (<c>Linda Moss disagreed: "</c>).</item>
/// </list>
/// The speaker is the noun phrase on the cue's subject side, past auxiliaries and adverbs ("had also
/// said") and an appositive between commas; a participle cue ("saying", "adding") takes its clause's
/// subject. Nothing inside quotation marks is ever read: "I" and "we" in a quote are never its speaker.
/// Every search looks at a bounded number of tokens.
/// </summary>
internal sealed class AttributionReader
{
    private const int Window = 16;

    private static readonly HashSet<string> Clauses = FunctionWords.Set("while", "whereas", "but", "although", "though", "and", "as", "when");

    private static readonly HashSet<string> Intros = FunctionWords.Set(
        "in", "on", "at", "after", "before", "during", "speaking", "asked", "as", "while", "when", "if", "although",
        "though", "despite", "following", "since", "until", "with", "without", "amid", "for", "from", "under",
        "talking", "writing", "responding", "addressing", "referring", "commenting", "meanwhile", "earlier",
        "later", "separately", "however", "also", "last", "late", "early", "this", "by", "because", "once",
        "upon", "unlike", "like", "given", "having", "asked", "according");

    private readonly MentionReader _mentions;

    public AttributionReader(MentionReader mentions) => _mentions = mentions;

    /// <summary>An attribution right after the quote token <paramref name="q"/>, before <paramref name="limit"/>.</summary>
    public Attribution? After(Block block, int q, int limit)
    {
        var i = q + 1;
        while (i < limit && block[i].Kind == TokenKind.Punct && block[i].Lower is "," or "\u2014" or "\u2013" or "-" or "(" or ":") i++;
        if (i >= limit) return null;
        limit = System.Math.Min(limit, i + Window + 8);

        if (Cues.At(block, i, limit, out var inverted)
            && (inverted.According || (inverted.Cue.Class != CueClass.Describe && inverted.Inverts && !inverted.IsParticiple)))
        {
            var speaker = SpeakerAfter(block, inverted.End, limit, out var end);
            if (speaker is not null) return new Attribution(speaker, CueRange(block, inverted), Via(block, end, limit, inverted), block.Index, end);
        }
        return SubjectThenCue(block, i, limit);
    }

    /// <summary>An attribution in the tokens [<paramref name="lower"/>, <paramref name="q"/>) before the quote token.</summary>
    public Attribution? Before(Block block, int lower, int q, Attribution? previous)
    {
        if (q <= lower) return null;
        var last = q - 1;
        for (var c = last; c >= lower && c >= last - 12; c--)
        {
            if (block[c].IsQuote) break;
            if (!Cues.At(block, c, q, out var cue) || cue.Cue.Class == CueClass.Describe) continue;
            if (cue.According)
            {
                var according = SpeakerAfter(block, cue.End, q, out var end);
                if (according is not null) return new Attribution(according, CueRange(block, cue), null, block.Index, end);
                continue;
            }
            if (!IsFiller(block, cue.End, q)) continue;
            var speaker = cue.IsParticiple ? previous?.Speaker ?? MainSubject(block, lower, c) : SubjectLeftOf(block, c, lower, cue, out _);
            if (speaker is null && c > lower && block[c - 1].IsWord && Clauses.Contains(block[c - 1].Lower))
                speaker = previous?.Speaker ?? MainSubject(block, lower, c);
            if (speaker is null && cue.Inverts) speaker = SpeakerAfter(block, cue.End, q, out _);
            if (speaker is null) continue;
            var via = Via(block, cue.End, q, cue) ?? IntroVia(block, lower, speaker);
            return new Attribution(speaker, CueRange(block, cue), via, block.Index, cue.End);
        }
        // "But the company's chief executive, Linda Moss, disagreed: "
        if (block[last].IsPunct(':'))
        {
            var subject = MainSubject(block, lower, last);
            if (subject is not null) return new Attribution(subject, null, null, block.Index, last);
        }
        return null;
    }

    /// <summary>
    /// The speaker of a partial quote: the nearest cue before it in its sentence (its subject, or the
    /// clause's subject for a participle), else an attribution after it, else the nearest subject before it.
    /// </summary>
    public Attribution? ForPartial(Block block, int sentenceStart, int q, int sentenceEnd, int lastCue)
    {
        if (lastCue >= sentenceStart && Cues.At(block, lastCue, q, out var cue))
        {
            Mention? speaker;
            if (cue.According) speaker = SpeakerAfter(block, cue.End, q, out _);
            else if (cue.IsParticiple) speaker = MainSubject(block, sentenceStart, lastCue);
            else speaker = SubjectLeftOf(block, lastCue, sentenceStart, cue, out _)
                ?? (lastCue > sentenceStart && block[lastCue - 1].IsWord && Clauses.Contains(block[lastCue - 1].Lower) ? MainSubject(block, sentenceStart, lastCue) : null);
            if (speaker is not null) return new Attribution(speaker, CueRange(block, cue), Via(block, cue.End, q, cue), block.Index, cue.End);
        }
        var after = After(block, q, sentenceEnd);
        if (after is not null) return after;
        // "which he regarded as an "ally"": the nearest subject pronoun before the quote.
        for (var k = q - 1; k >= sentenceStart && k >= q - 8; k--)
        {
            if (block[k].IsWord && block[k].Lower is "he" or "she" or "they")
            {
                var pronoun = _mentions.Read(block, k, k + 1);
                if (pronoun is not null) return new Attribution(pronoun, null, null, block.Index, q);
            }
        }
        var subject = MainSubject(block, sentenceStart, q);
        return subject is null ? null : new Attribution(subject, null, null, block.Index, q);
    }

    /// <summary>
    /// The subject of the clause starting at <paramref name="start"/>: past opening connectives ("But",
    /// "However,") and an introductory phrase ending in a comma ("In a statement,", "After talking …,"),
    /// a pronoun or a noun phrase with its appositive.
    /// </summary>
    public Mention? MainSubject(Block block, int start, int limit)
    {
        var i = SubjectStart(block, start, limit);
        if (i < 0 || i >= limit) return null;
        if (block[i].IsWord && block[i].Lower is "he" or "she" or "they" or "it")
            return _mentions.Read(block, i, i + 1);
        var end = Phrases.Forward(block, i, limit, attach: true);
        if (end <= i) return null;
        var main = _mentions.Read(block, i, end);
        if (main is null) return null;
        main.Subject = true;
        if (end < limit && block[end].IsPunct(','))
        {
            var close = NextComma(block, end + 1, limit, 14);
            if (close > end + 1) main = MentionReader.Merge(main, _mentions.Read(block, end + 1, close));
        }
        return main;
    }

    /// <summary>Where the main clause's subject starts, or -1.</summary>
    public int SubjectStart(Block block, int start, int limit)
    {
        var i = start;
        while (i < limit && block[i].IsWord && FunctionWords.IsConnective(block[i].Lower) && !FunctionWords.IsDeterminer(block[i].Lower)
               && !FunctionWords.IsSubjectPronoun(block[i].Lower) && !Intros.Contains(block[i].Lower))
            i++;
        if (i < limit && block[i].IsPunct(',')) i++;
        if (i < limit && block[i].IsWord && (Intros.Contains(block[i].Lower) || block[i].Lower.EndsWith("ing", System.StringComparison.Ordinal)))
        {
            var comma = NextComma(block, i + 1, limit, 30);
            if (comma < 0) return -1;
            i = comma + 1;
        }
        while (i < limit && block[i].IsWord && block[i].Lower is "but" or "and" or "so" or "yet") i++;
        return i;
    }

    /// <summary>The subject of the cue at <paramref name="cueIndex"/>, to its left: "Ms. Otunbayeva had also said".</summary>
    public Mention? SubjectLeftOf(Block block, int cueIndex, int lower, CueMatch cue, out bool passive)
    {
        passive = false;
        var j = cueIndex - 1;
        var be = false;
        while (j >= lower && block[j].IsWord && !block[j].Capitalized
               && (FunctionWords.IsAuxiliary(block[j].Lower) || FunctionWords.IsAdverb(block[j].Lower)))
        {
            if (FunctionWords.IsBeForm(block[j].Lower)) be = true;
            j--;
        }
        // "was told", "was reported to be": passive, nobody speaks, unless relayed ("was quoted as saying").
        if (be && !cue.Relayed && cue.Cue.Form == CueForm.Past)
        {
            passive = true;
            return null;
        }
        if (j < lower) return null;
        if (block[j].IsWord)
        {
            if (block[j].Lower is "he" or "she" or "they" or "it") return _mentions.Read(block, j, j + 1);
            var start = Phrases.Backward(block, j, lower);
            if (start > j) return null;
            var mention = _mentions.Read(block, start, j + 1);
            if (mention is not null) mention.Subject = true;
            return mention;
        }
        if (block[j].IsPunct(','))
        {
            // An appositive (or two) between commas: "Tom Becker, 54, a retired mechanic, said".
            var close = j;
            for (var level = 0; level < 2; level++)
            {
                var open = PreviousComma(block, close - 1, lower, 20);
                if (open < 0 || open - 1 < lower) return null;
                var appositive = _mentions.Read(block, open + 1, close);
                var mainEnd = open - 1;
                if (block[mainEnd].IsWord)
                {
                    var start = Phrases.Backward(block, mainEnd, lower);
                    if (start <= mainEnd)
                    {
                        var main = _mentions.Read(block, start, mainEnd + 1);
                        if (main is not null)
                        {
                            main.Subject = true;
                            return MentionReader.Merge(main, appositive);
                        }
                    }
                }
                close = open;
            }
        }
        return null;
    }

    // "Acme Corp said in a statement that" / "X told reporters:" / "X said on Saturday:": what may stand
    // between a cue and the quote it introduces.
    private static bool IsFiller(Block block, int from, int q)
    {
        if (q - from > 10) return false;
        for (var k = from; k < q; k++)
        {
            var token = block[k];
            if (token.IsQuote) return false;
            if (token.IsWord && SpeechVerbs.TryGet(token.Lower, out var cue) && !cue.Noun && cue.Form != CueForm.Participle) return false;
            if (token.Kind == TokenKind.Punct && token.Lower is "." or ";" or "!" or "?") return false;
        }
        return true;
    }

    // NP [, appositive ,] aux* CUE …
    private Attribution? SubjectThenCue(Block block, int i, int limit)
    {
        int npEnd;
        if (block[i].IsWord && block[i].Lower is "he" or "she" or "they" or "it") npEnd = i + 1;
        else npEnd = Phrases.Forward(block, i, limit, attach: true);
        if (npEnd <= i) return null;
        var j = npEnd;
        Mention? appositive = null;
        if (j < limit && block[j].IsPunct(','))
        {
            var close = NextComma(block, j + 1, limit, 20);
            if (close < 0) return null;
            appositive = _mentions.Read(block, j + 1, close);
            j = close + 1;
        }
        var be = false;
        while (j < limit && block[j].IsWord && (FunctionWords.IsAuxiliary(block[j].Lower) || FunctionWords.IsAdverb(block[j].Lower)))
        {
            if (FunctionWords.IsBeForm(block[j].Lower)) be = true;
            j++;
        }
        if (!Cues.At(block, j, limit, out var cue) || cue.Cue.Class == CueClass.Describe || cue.According) return null;
        if (be && !cue.Relayed && cue.Cue.Form == CueForm.Past) return null;
        var speaker = _mentions.Read(block, i, npEnd);
        if (speaker is null) return null;
        speaker.Subject = true;
        speaker = MentionReader.Merge(speaker, appositive);
        return new Attribution(speaker, CueRange(block, cue), Via(block, cue.End, limit, cue), block.Index, cue.End);
    }

    // After an inverted cue: "said the source as quoted by …", "said Tom Becker, 54, a retired mechanic,".
    private Mention? SpeakerAfter(Block block, int start, int limit, out int end)
    {
        end = start;
        if (start >= limit) return null;
        int npEnd;
        if (block[start].IsWord && block[start].Lower is "he" or "she" or "they" or "it") npEnd = start + 1;
        else npEnd = Phrases.Forward(block, start, limit, attach: true);
        if (npEnd <= start) return null;
        var speaker = _mentions.Read(block, start, npEnd);
        if (speaker is null) return null;
        end = npEnd;
        if (npEnd < limit && block[npEnd].IsPunct(',') && speaker.Kind is not MentionKind.Pronoun)
        {
            var close = NextComma(block, npEnd + 1, limit, 14);
            var appositiveEnd = close > 0 ? close : SentenceTail(block, npEnd + 1, limit);
            if (appositiveEnd > npEnd + 1)
            {
                var appositive = _mentions.Read(block, npEnd + 1, appositiveEnd);
                if (appositive is not null && appositive.Kind is MentionKind.Role or MentionKind.Description or MentionKind.Person)
                {
                    speaker = MentionReader.Merge(speaker, appositive);
                    end = appositiveEnd;
                }
            }
        }
        return speaker;
    }

    private static int SentenceTail(Block block, int start, int limit)
    {
        var k = start;
        while (k < limit && !(block[k].Kind == TokenKind.Punct && block[k].Lower is "." or "!" or "?" or ";") && !block[k].IsQuote && k - start < 14) k++;
        return k;
    }

    /// <summary>The medium a quote came through, named after its cue: "by ITAR-TASS", "told Reuters", "in an interview with X", "on Twitter".</summary>
    public Mention? Via(Block block, int from, int limit, CueMatch cue)
    {
        if (cue.Cue.Lemma == "tell" && from < limit)
        {
            var objectEnd = ObjectEnd(block, from, limit);
            if (objectEnd > from)
            {
                var hearer = _mentions.Read(block, from, objectEnd);
                if (IsMedium(hearer)) return AsOrganisation(hearer!);
            }
        }
        var end = System.Math.Min(limit, from + 16);
        for (var k = from; k < end; k++)
        {
            var token = block[k];
            if (token.IsQuote || (token.Kind == TokenKind.Punct && token.Lower is "." or ";" or "!" or "?")) break;
            if (!token.IsWord) continue;
            var start = -1;
            if (token.Lower == "by" && (cue.Relayed || (k > 0 && block[k - 1].Lower is "quoted" or "cited" or "reported" or "saying")))
                start = k + 1;
            else if (token.Lower is "interview" or "interviews" && k + 1 < end && block[k + 1].Lower is "with" or "to" or "on")
                start = k + 2;
            else if (token.Lower is "speaking" or "talking" && k + 1 < end && block[k + 1].Lower is "to" or "with")
                start = k + 2;
            else if (token.Lower == "according" && k + 1 < end && block[k + 1].Lower == "to")
                start = k + 2;
            else if (token.Lower == "on" && k + 1 < end)
            {
                var platform = Platform(block, k + 1, end);
                if (platform is not null) return platform;
                continue;
            }
            if (start < 0 || start >= limit) continue;
            var npEnd = Phrases.Forward(block, start, limit, attach: false);
            if (npEnd <= start) continue;
            var medium = _mentions.Read(block, start, npEnd);
            if (medium is null || medium.Kind == MentionKind.Pronoun) continue;
            if (token.Lower is "speaking" or "talking" or "interview" or "interviews" && !IsMedium(medium)) continue;
            return AsOrganisation(medium);
        }
        return null;
    }

    /// <summary>
    /// A medium named in the clause's opening phrase, before its speaker: "In a post on Facebook, the
    /// mayor wrote", "In an interview with Der Spiegel, Lang said".
    /// </summary>
    public Mention? IntroVia(Block block, int start, Mention speaker)
    {
        var end = start;
        while (end < block.Count && end < start + 20 && block[end].Start < speaker.Range.Start) end++;
        if (end - start < 3) return null;
        return Via(block, start, end, default);
    }

    private Mention? Platform(Block block, int start, int end)
    {
        var k = start;
        if (k < end && block[k].IsWord && block[k].Lower is "state" or "national" or "social" or "local" or "public" && k + 1 < end
            && block[k + 1].IsWord && block[k + 1].Lower is "television" or "tv" or "radio" or "media")
            return AsOrganisation(_mentions.Read(block, k, k + 2));
        if (k < end && block[k].IsWord && OrganisationWords.IsPlatform(block[k].Lower) && (block[k].Capitalized || block[k].AllCaps))
            return AsOrganisation(_mentions.Read(block, k, k + 1));
        return null;
    }

    private static Mention? AsOrganisation(Mention? mention)
    {
        if (mention is null) return null;
        if (mention.Kind is MentionKind.SingleName or MentionKind.Person && mention.Honorific is null)
        {
            mention.Kind = MentionKind.Organisation;
            mention.Name = MentionReader.WithoutDeterminer(mention.Surface);
        }
        else if (mention.Kind == MentionKind.Description)
        {
            mention.Kind = MentionKind.Organisation;
            mention.Name = MentionReader.WithoutDeterminer(mention.Surface);
        }
        return mention;
    }

    // A hearer that relays: a news outlet or a named organisation, not "reporters" or "parliament" or a person.
    private static bool IsMedium(Mention? hearer)
    {
        if (hearer is null || hearer.Kind is MentionKind.Pronoun or MentionKind.Role) return false;
        // "told the press" names no one; "told The Associated Press" names an outlet.
        if (!HasProperWord(hearer.Surface) && ((hearer.Head is { } head && OrganisationWords.IsAudience(head)) || OrganisationWords.IsAudience(hearer.Surface.ToLowerInvariant())))
            return false;
        return hearer.Kind switch
        {
            MentionKind.Organisation => true,
            MentionKind.SingleName => true,
            MentionKind.Person => hearer.Honorific is null && hearer.Role is null && GivenNames.GenderOf(hearer.Given, null) == Gender.Unknown,
            MentionKind.Description => hearer.Head is { } h && OrganisationWords.IsMediaHead(h),
            _ => false,
        };
    }

    private static bool HasProperWord(string surface)
    {
        var words = surface.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (i == 0 && words[i] is "The" or "A" or "An") continue;
            if (words[i].Length > 0 && char.IsUpper(words[i][0])) return true;
        }
        return false;
    }

    /// <summary>The end of the hearer after "told": "reporters", "the TASS news agency", "AFP".</summary>
    public static int ObjectEnd(Block block, int from, int limit)
    {
        var k = from;
        if (k < limit && block[k].IsWord && block[k].Lower == "that") return from; // "warned that …": no hearer
        if (k < limit && block[k].IsWord && FunctionWords.IsDeterminer(block[k].Lower) && !block[k].AllCaps) k++;
        var words = 0;
        // A determiner or pronoun starts the reported clause: "told reporters a written appeal had been sent".
        while (k < limit && words < 5 && Phrases.IsNounWord(block, k))
        {
            k++;
            words++;
        }
        return words == 0 ? from : k;
    }

    private static TextRange CueRange(Block block, CueMatch cue) => TextRange.FromBounds(block[cue.Start].Start, block[cue.End - 1].End);

    // Commas around an appositive; a quoted title inside it is one word ("whose novel “The Silent Harbour” won").
    private static int NextComma(Block block, int from, int limit, int window)
    {
        for (var k = from; k < limit && k < from + window; k++)
        {
            if (block[k].IsPunct(',')) return k;
            if (block[k].Kind == TokenKind.Punct && block[k].Lower is "." or ";" or "!" or "?") return -1;
        }
        return -1;
    }

    private static int PreviousComma(Block block, int from, int lower, int window)
    {
        for (var k = from; k >= lower && k > from - window; k--)
        {
            if (block[k].IsPunct(',')) return k;
            if (block[k].Kind == TokenKind.Punct && block[k].Lower is "." or ";" or "!" or "?") return -1;
        }
        return -1;
    }
}
