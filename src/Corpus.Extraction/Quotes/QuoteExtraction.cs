using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Corpus.Extraction.Model;
using Corpus.Extraction.Quotes.Attribution;
using Corpus.Extraction.Quotes.Marks;
using Corpus.Extraction.Quotes.Speakers;
using Corpus.Extraction.Quotes.Tokens;
using Corpus.Extraction.Quotes.Vocabulary;
using Corpus.Extraction.Text;
using AttributionOf = Corpus.Extraction.Quotes.Attribution.Attribution;

namespace Corpus.Extraction.Quotes;

/// <summary>
/// One article's quote extraction, step by step: pair the quotation marks, read each paragraph as
/// tokens (a quotation being one token), classify and attribute each quotation, find reported speech,
/// let unattributed quotes inherit the speaker of the sentence before, then resolve every speaker
/// mention to the article's people and organisations.
/// </summary>
internal sealed class QuoteExtraction
{
    private const int MaxFindings = 100;

    private readonly string _text;
    private readonly CancellationToken _cancellationToken;
    private readonly MentionReader _mentions;
    private readonly AttributionReader _attributions;
    private readonly IndirectSpeech _indirect;

    private readonly List<Block> _blocks = new();
    private readonly List<(int Quote, int Part)> _parts = new();
    private readonly List<(int Block, int Token)> _partTokens = new();
    private readonly List<int> _firstParts = new();
    // Per block, worked out the first time a quote there asks: most paragraphs quote nobody.
    private (int[] Last, bool[] Sentence)?[] _cues = System.Array.Empty<(int[] Last, bool[] Sentence)?>();
    private readonly List<QuoteCandidate> _candidates = new();
    private readonly Dictionary<long, (int End, AttributionOf? Attribution)> _directs = new();
    private readonly Dictionary<long, AttributionOf?> _intros = new();
    private List<ScannedQuote> _scanned = new();

    private QuoteExtraction(string text, CancellationToken cancellationToken)
    {
        _text = text;
        _cancellationToken = cancellationToken;
        _mentions = new MentionReader(text);
        _attributions = new AttributionReader(_mentions);
        _indirect = new IndirectSpeech(_mentions, _attributions);
    }

    public static ArticleQuotes Run(string text, IReadOnlyList<TextRange> blocks, CancellationToken cancellationToken)
    {
        var extraction = new QuoteExtraction(text, cancellationToken);
        var unclosed = new List<int>();
        extraction._scanned = QuoteScanner.Scan(text, blocks, unclosed, cancellationToken);
        // The blocks' tokens live in the rented buffer: nothing returned from here holds a block.
        var tokens = TokenBuffer.Rent();
        try
        {
            extraction.Tokenize(blocks, tokens);
            extraction.ReadQuotes();
            extraction.ReadReportedSpeech();
            extraction.InheritSpeakers();
            return extraction.Assemble(unclosed);
        }
        finally
        {
            extraction._blocks.Clear();
            tokens.Return();
        }
    }

    private static long Key(int block, int sentence) => ((long)block << 32) | (uint)sentence;

    private void Tokenize(IReadOnlyList<TextRange> ranges, TokenBuffer tokens)
    {
        // Most paragraphs hold no quotation: their list is made when one is found.
        var perBlock = new List<QuoteSpan>?[ranges.Count];
        for (var q = 0; q < _scanned.Count; q++)
        {
            var parts = _scanned[q].Parts;
            _firstParts.Add(_parts.Count);
            for (var p = 0; p < parts.Count; p++)
            {
                var part = parts[p];
                (perBlock[part.Block] ??= new List<QuoteSpan>()).Add(new QuoteSpan(part.Span, _parts.Count, part.Ending));
                _parts.Add((q, p));
                _partTokens.Add((-1, -1));
            }
        }
        for (var b = 0; b < ranges.Count; b++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var block = Tokenizer.Read(_text, b, ranges[b], (IReadOnlyList<QuoteSpan>?)perBlock[b] ?? System.Array.Empty<QuoteSpan>(), tokens, _cancellationToken);
            _blocks.Add(block);
            for (var t = 0; t < block.Count; t++)
            {
                if (block[t].IsQuote) _partTokens[block[t].Part] = (b, t);
            }
        }
        _cues = new (int[] Last, bool[] Sentence)?[_blocks.Count];
    }

    private (int[] Last, bool[] Sentence) CuesOf(int block) => _cues[block] ??= LastCues(_blocks[block], _cancellationToken);

    // For each token, the nearest speech cue before it in its sentence (or -1); for each sentence, whether it has one.
    private static (int[] Last, bool[] Sentence) LastCues(Block block, CancellationToken cancellationToken)
    {
        var last = new int[block.Count];
        var sentence = new bool[block.Sentences.Length];
        for (var i = 0; i < block.Sentences.Length; i++)
        {
            var (start, end) = block.Sentences[i];
            var current = -1;
            for (var t = start; t < end; t++)
            {
                cancellationToken.Poll(t);
                last[t] = current;
                if (!Cues.At(block, t, end, out _)) continue;
                current = t;
                sentence[i] = true;
            }
        }
        return (last, sentence);
    }

    private void ReadQuotes()
    {
        var byFirstPart = new Dictionary<int, QuoteCandidate>();
        for (var q = 0; q < _scanned.Count; q++)
        {
            if ((q & 255) == 0) _cancellationToken.ThrowIfCancellationRequested();
            var scanned = _scanned[q];
            var firstPart = _firstParts[q];
            var (bf, qf) = _partTokens[firstPart];
            var (bl, ql) = _partTokens[firstPart + scanned.Parts.Count - 1];
            if (bf < 0 || bl < 0) continue;
            var first = _blocks[bf];
            var last = _blocks[bl];
            var sentenceFirst = first.SentenceOf(qf);
            var sentenceLast = last.SentenceOf(ql);
            var (s, e) = first.Sentences[sentenceFirst];
            var (_, eLast) = last.Sentences[sentenceLast];
            var previousQuote = PreviousQuote(first, qf, s);
            var nextQuote = NextQuote(last, ql, eLast);
            var lower = previousQuote >= 0 ? previousQuote + 1 : s;
            var afterLimit = nextQuote >= 0 ? nextQuote : eLast;
            var multi = scanned.Parts.Count > 1;
            var content = scanned.Parts[0].Content;

            var previous = previousQuote >= 0 && byFirstPart.TryGetValue(first[previousQuote].Part, out var p) ? p : null;
            var after = _attributions.After(last, ql, afterLimit);
            var before = _attributions.Before(first, lower, qf, previous?.Effective);
            if (!multi && TitleRule.IsNameOrTitle(_text, first, qf, content, attributed: after is not null || before?.Cue is not null)) continue;

            var kind = multi ? QuoteKind.Direct : KindOf(first, qf, s, e, lower, content, scanned.Parts[0].Ending, after);
            if (kind == QuoteKind.Partial && !CuesOf(bf).Sentence[sentenceFirst] && IsOneWord(content)) continue;

            var parts = scanned.Parts.Select(part => part.Content).ToList();
            var candidate = new QuoteCandidate(kind, parts, bf, sentenceFirst, bl, sentenceLast);
            if (kind == QuoteKind.Direct)
            {
                if (previous is not null && previous.Attribution is { } shared && shared.Block == bf && OnlySeparators(first, shared.End, qf))
                {
                    // "A," he said, "B.": one quote, split by its attribution.
                    candidate.Continued = previous;
                    candidate.Attribution = shared;
                }
                else if (EndsBeforeAttribution(scanned.Parts[scanned.Parts.Count - 1].Ending) || (ql + 1 < last.Count && last[ql + 1].IsPunct(',')))
                {
                    candidate.Attribution = after ?? before;
                }
                else
                {
                    candidate.Attribution = before ?? after;
                }
                // Remember where the sentence's direct quoting ends, for a participle after it ("…," she said, adding that …).
                if (candidate.Attribution is { } attribution && attribution.Block == bl && ReferenceEquals(attribution, after))
                    _directs[Key(bl, sentenceLast)] = (attribution.End, attribution);
                else if (!_directs.ContainsKey(Key(bl, sentenceLast)))
                    _directs[Key(bl, sentenceLast)] = (ql + 1, candidate.Attribution);
            }
            else
            {
                candidate.Attribution = _attributions.ForPartial(first, s, qf, e, CuesOf(bf).Last[qf]);
            }
            byFirstPart[firstPart] = candidate;
            _candidates.Add(candidate);
        }
    }

    private static int PreviousQuote(Block block, int q, int start)
    {
        for (var k = q - 1; k >= start; k--)
        {
            if (block[k].IsQuote) return k;
        }
        return -1;
    }

    private static int NextQuote(Block block, int q, int end)
    {
        for (var k = q + 1; k < end; k++)
        {
            if (block[k].IsQuote) return k;
        }
        return -1;
    }

    private static bool EndsBeforeAttribution(char ending) => ending is ',' or '?' or '!' or '\u2014' or '\u2013' or '-' or '\u2026';

    private static bool OnlySeparators(Block block, int from, int to)
    {
        if (from > to) return false;
        for (var k = from; k < to; k++)
        {
            if (!(block[k].Kind == TokenKind.Punct && block[k].Lower is "," or ":" or "\u2014" or "\u2013" or "-")) return false;
        }
        return true;
    }

    /// <summary>
    /// Direct when the quotation stands as its own sentence or sentences: it opens the sentence, or follows
    /// a colon, or a comma after a cue ("he said, “…"), or a cue with a capitalised quotation ("He said “We…").
    /// Partial when it sits inside the reporter's sentence ("saying “they have other duties”", "as an “ally”"),
    /// including a sentence-opening fragment the sentence goes on from ("“Reckless” was how he put it").
    /// </summary>
    private QuoteKind KindOf(Block block, int q, int s, int e, int lower, TextRange content, char ending, AttributionOf? after)
    {
        var opens = q == s || (q > s && block[q - 1].IsQuote);
        var introduced = false;
        if (!opens && q - 1 >= s)
        {
            var previous = block[q - 1];
            if (previous.IsPunct(':')) introduced = true;
            else if (previous.IsPunct(',') || previous.Kind == TokenKind.Punct && previous.Lower is "\u2014" or "\u2013" or "(")
                introduced = HasCue(block, lower, q - 1) || (q - 2 >= s && block[q - 2].IsQuote);
            else if (previous.IsWord && Cues.At(block, q - 1, q, out var cue) && cue.Cue.Class != CueClass.Describe && StartsUpper(content))
                introduced = true;
        }
        if (!opens && !introduced) return QuoteKind.Partial;
        if (opens && after is null && ending is not ('.' or ',' or '?' or '!' or '\u2026' or ':' or ';' or '\u2014' or '-')
            && q + 1 < e && block[q + 1].IsWord)
            return QuoteKind.Partial;
        return QuoteKind.Direct;
    }

    private static bool HasCue(Block block, int start, int end)
    {
        for (var k = end - 1; k >= start && k >= end - 14; k--)
        {
            if (Cues.At(block, k, end, out var cue) && cue.Cue.Class != CueClass.Describe) return true;
        }
        return false;
    }

    private bool StartsUpper(TextRange content)
    {
        for (var i = content.Start; i < content.End; i++)
        {
            if (char.IsLetter(_text[i])) return char.IsUpper(_text[i]);
            if (char.IsDigit(_text[i])) return true;
        }
        return false;
    }

    // One word in quotation marks, in a sentence with no speech cue, is a scare quote (the "experts"), not a quote.
    private bool IsOneWord(TextRange content)
    {
        for (var i = content.Start; i < content.End; i++)
        {
            if (char.IsWhiteSpace(_text[i])) return false;
        }
        return true;
    }

    private void ReadReportedSpeech()
    {
        var found = new List<ReportedClause>();
        foreach (var block in _blocks)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            for (var sentence = 0; sentence < block.Sentences.Length; sentence++)
            {
                if ((sentence & 255) == 0) _cancellationToken.ThrowIfCancellationRequested();
                var (s, e) = block.Sentences[sentence];
                if (_directs.TryGetValue(Key(block.Index, sentence), out var direct))
                {
                    // After a direct quote's attribution only a participle goes on: "…," she said, adding that ….
                    if (direct.Attribution is not null && direct.End < e) _indirect.Read(block, direct.End, e, wholeSentence: false, direct.Attribution, found);
                }
                else
                {
                    _indirect.Read(block, s, e, wholeSentence: true, current: null, found);
                }
            }
        }
        foreach (var clause in found)
        {
            var block = _blocks[clause.Block];
            var sentence = block.SentenceOf(clause.Start);
            var candidate = new QuoteCandidate(QuoteKind.Indirect, new List<TextRange> { clause.Range }, clause.Block, sentence, clause.Block, sentence)
            {
                Attribution = clause.Attribution,
            };
            _candidates.Add(candidate);
        }
        _candidates.Sort(Compare);
    }

    private static int Compare(QuoteCandidate a, QuoteCandidate b)
    {
        var byStart = a.Range.Start.CompareTo(b.Range.Start);
        if (byStart != 0) return byStart;
        return b.Range.Length.CompareTo(a.Range.Length);
    }

    /// <summary>
    /// A quote with no attribution of its own takes the speaker of the sentence before it, or of an
    /// earlier quote in its own sentence: "“A,” he said. “B.”", a paragraph wholly in quotes after an
    /// attributed one, a quote after "She described the night:".
    /// </summary>
    private void InheritSpeakers()
    {
        var bySentence = new Dictionary<long, AttributionOf>();
        foreach (var candidate in _candidates)
        {
            if (candidate.Effective is null && candidate.Kind == QuoteKind.Direct)
            {
                if (bySentence.TryGetValue(Key(candidate.Block, candidate.Sentence), out var same)) candidate.Inherited = same;
                else if (PreviousSentence(candidate.Block, candidate.Sentence) is { } previous)
                    candidate.Inherited = bySentence.TryGetValue(Key(previous.Block, previous.Sentence), out var before) ? before : Intro(previous.Block, previous.Sentence);
            }
            if (candidate.Effective is { } effective) bySentence[Key(candidate.LastBlock, candidate.LastSentence)] = effective;
        }
    }

    private (int Block, int Sentence)? PreviousSentence(int block, int sentence)
    {
        if (sentence > 0) return (block, sentence - 1);
        for (var b = block - 1; b >= 0 && b >= block - 1; b--)
        {
            if (_blocks[b].Sentences.Length > 0) return (b, _blocks[b].Sentences.Length - 1);
        }
        return null;
    }

    // A sentence that introduces what follows: "Dr. Park described the night in detail." "The president said:"
    private AttributionOf? Intro(int b, int sentence)
    {
        var key = Key(b, sentence);
        if (_intros.TryGetValue(key, out var known)) return known;
        var block = _blocks[b];
        var (s, e) = block.Sentences[sentence];
        AttributionOf? found = null;
        for (var t = s; t < e && t < s + 40 && found is null; t++)
        {
            if (block[t].IsQuote) break;
            if (!Cues.At(block, t, e, out var cue) || cue.According || cue.IsParticiple) continue;
            var subject = _attributions.SubjectLeftOf(block, t, s, cue, out _);
            if (subject is not null) found = new AttributionOf(subject, TextRange.FromBounds(block[cue.Start].Start, block[cue.End - 1].End), null, b, cue.End);
        }
        if (found is null && e > s && block[e - 1].IsPunct(':'))
        {
            var subject = _attributions.MainSubject(block, s, e - 1);
            if (subject is not null) found = new AttributionOf(subject, null, null, b, e);
        }
        _intros[key] = found;
        return found;
    }

    private ArticleQuotes Assemble(List<int> unclosed)
    {
        var resolver = new SpeakerResolver();
        var people = new List<Mention>();
        foreach (var block in _blocks)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            NameScanner.Scan(block, _mentions, _attributions, people);
        }
        resolver.Cluster(people);

        // Every mention in text order: named people as met, attributions' speakers and media.
        var attributions = new List<AttributionOf>();
        var seen = new HashSet<AttributionOf>();
        foreach (var candidate in _candidates)
        {
            if (candidate.Effective is { } attribution && seen.Add(attribution)) attributions.Add(attribution);
        }
        var events = new List<(int Position, int Order, Mention Mention, AttributionOf? Attribution, bool Medium)>(people.Count + 2 * attributions.Count);
        foreach (var person in people) events.Add((person.Position, 0, person, null, false));
        foreach (var attribution in attributions)
        {
            events.Add((attribution.Speaker.Position, 1, attribution.Speaker, attribution, false));
            if (attribution.Via is { } via) events.Add((via.Position, 2, via, attribution, true));
        }
        events.Sort((a, b) => a.Position != b.Position ? a.Position.CompareTo(b.Position) : a.Order.CompareTo(b.Order));
        var speakerOf = new Dictionary<AttributionOf, Entity>();
        var mediumOf = new Dictionary<AttributionOf, Entity>();
        for (var i = 0; i < events.Count; i++)
        {
            if ((i & 1023) == 0) _cancellationToken.ThrowIfCancellationRequested();
            var item = events[i];
            if (item.Attribution is null) resolver.Observe(item.Mention);
            else if (item.Medium) mediumOf[item.Attribution] = resolver.ResolveMedium(item.Mention);
            else if (resolver.Resolve(item.Mention) is { } entity) speakerOf[item.Attribution] = entity;
        }

        // The speakers, in order of their first quote, with unique names.
        for (var i = 0; i < _candidates.Count; i++)
        {
            if (_candidates[i].Effective is not { } attribution) continue;
            if (speakerOf.TryGetValue(attribution, out var speaker) && speaker.FirstQuote > i) speaker.FirstQuote = i;
            if (mediumOf.TryGetValue(attribution, out var medium) && medium.FirstQuote > i) medium.FirstQuote = i;
        }
        var used = resolver.Entities.Where(entity => entity.FirstQuote != int.MaxValue).OrderBy(entity => entity.FirstQuote).ThenBy(entity => entity.Order).ToList();
        var names = new Dictionary<Entity, string>();
        var models = new List<SpeakerModel>();
        var taken = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var entity in used)
        {
            var model = SpeakerModels.Build(entity);
            var name = model.Name;
            for (var n = 2; !taken.Add(name); n++) name = model.Name + " (" + n + ")";
            names[entity] = name;
            models.Add(name == model.Name ? model : model with { Name = name });
        }

        var index = new Dictionary<QuoteCandidate, int>();
        for (var i = 0; i < _candidates.Count; i++) index[_candidates[i]] = i;
        var quotes = new QuoteModel[_candidates.Count];
        for (var i = 0; i < _candidates.Count; i++)
        {
            var candidate = _candidates[i];
            var attribution = candidate.Effective;
            string? speakerName = null;
            string? viaName = null;
            if (attribution is not null && speakerOf.TryGetValue(attribution, out var speaker)) speakerName = names[speaker];
            if (attribution is not null && mediumOf.TryGetValue(attribution, out var medium)) viaName = names[medium];
            int? continues = candidate.Continued is { } continued && index.TryGetValue(continued, out var c) ? c : null;
            quotes[i] = new QuoteModel(
                candidate.Kind,
                candidate.Range,
                attribution?.Cue,
                attribution?.Speaker.Range,
                speakerName,
                viaName,
                continues,
                viaName is null ? null : attribution!.Via!.Range,
                candidate.Parts.ToEquatableArray());
        }
        return new ArticleQuotes(new EquatableArray<QuoteModel>(quotes), models.ToEquatableArray(), Findings(unclosed));
    }

    private EquatableArray<Finding> Findings(List<int> unclosed)
    {
        if (unclosed.Count == 0) return EquatableArray<Finding>.Empty;
        var lines = LineMap.Of(_text, _cancellationToken);
        var findings = new List<Finding>();
        foreach (var position in unclosed.OrderBy(p => p).Take(MaxFindings))
        {
            var range = new TextRange(position, 1);
            findings.Add(new Finding(
                FindingKind.UnclosedQuote,
                "This quotation mark opens a quote that is never closed; the quote was read up to its attribution or the end of its paragraph. Close the quote, or remove the stray mark.",
                range,
                lines.PositionOf(range.Start),
                lines.PositionOf(range.End)));
        }
        return findings.ToEquatableArray();
    }
}
