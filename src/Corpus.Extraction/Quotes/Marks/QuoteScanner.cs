using System.Collections.Generic;
using System.Threading;
using Corpus.Extraction.Model;
using Corpus.Extraction.Quotes.Vocabulary;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Quotes.Marks;

/// <summary>
/// Pairs quotation marks paragraph by paragraph, in one pass with a small stack, and reports quotes that
/// never close. Rules:
/// <list type="bullet">
/// <item>Marks pair within their family (<see cref="MarkFamily"/>); the other family nests inside (‘…’ in “…”,
/// or “…” in British ‘…’) and is part of the outer quote.</item>
/// <item>A paragraph that ends inside a quote, followed by a paragraph that opens with a quotation mark,
/// continues the quote there (the multi-paragraph convention), and so does a line inside a paragraph.</item>
/// <item>An opener met while a quote of its family is open nests only if the next two marks of the family
/// close both; otherwise the open quote was never closed: it is reported (<see cref="FindingKind.UnclosedQuote"/>)
/// and read up to its attribution (", the mayor said") or to where the new quote opens, and reading goes on.</item>
/// <item>A quote still open at the end of a paragraph that the next paragraph does not continue is reported
/// and read up to its attribution or its paragraph's end. Unclosed straight single marks are dropped
/// silently: they are far more often apostrophes than quotes.</item>
/// </list>
/// Every mark is looked at a bounded number of times, so the scan is linear in the text.
/// </summary>
internal sealed class QuoteScanner
{
    private const int MaxDepth = 4;

    private readonly string _text;
    private readonly IReadOnlyList<TextRange> _blocks;
    private readonly List<int> _unclosed;
    private readonly CancellationToken _cancellationToken;
    private readonly List<ScannedQuote> _quotes = new();

    private readonly List<Mark> _marks = new();
    private readonly List<int> _stack = new();
    private int[] _nextSame = System.Array.Empty<int>();
    private int[] _nextOpen = System.Array.Empty<int>();
    private int[] _nextClose = System.Array.Empty<int>();
    private ScannedQuote? _current;
    private int _partStart;
    private int _contentStart;
    private int _block;

    private QuoteScanner(string text, IReadOnlyList<TextRange> blocks, List<int> unclosed, CancellationToken cancellationToken)
    {
        _text = text;
        _blocks = blocks;
        _unclosed = unclosed;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The quotes of the text, in order; the offsets of opening marks never closed go to <paramref name="unclosed"/>.</summary>
    public static List<ScannedQuote> Scan(string text, IReadOnlyList<TextRange> blocks, List<int> unclosed, CancellationToken cancellationToken)
    {
        var scanner = new QuoteScanner(text, blocks, unclosed, cancellationToken);
        for (var b = 0; b < blocks.Count; b++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            scanner.ScanBlock(b);
        }
        return scanner._quotes;
    }

    private readonly record struct Mark(int Position, MarkFamily Family, MarkRole Role, char Glyph);

    private void ScanBlock(int b)
    {
        _block = b;
        var block = _blocks[b];
        CollectMarks(block);
        var first = 0;
        if (_current is not null)
        {
            // The previous paragraph's quote carries over: this paragraph's first mark reopens it.
            if (_marks.Count > 0 && _marks[0].Family == MarkFamily.Double && Resolve(0, _marks[0]) == MarkRole.Open)
            {
                StartPart(_marks[0].Position);
                _stack.Add(0);
                first = 1;
            }
            else
            {
                ReportUnclosed(_current.Parts[_current.Parts.Count - 1].Span.Start);
                Finish(unclosed: true);
            }
        }
        for (var k = first; k < _marks.Count; k++)
        {
            if ((k & 1023) == 0) _cancellationToken.ThrowIfCancellationRequested();
            var mark = _marks[k];
            var role = Resolve(k, mark);
            if (role == MarkRole.Open) Open(k, mark);
            else if (role == MarkRole.Close) Close(k, mark);
        }
        EndBlock(block);
    }

    private MarkRole Resolve(int k, Mark mark)
    {
        switch (mark.Role)
        {
            case MarkRole.Toggle:
                return IsOpen(mark.Family) ? MarkRole.Close : MarkRole.Open;
            case MarkRole.WeakClose:
                if (!IsOpen(mark.Family)) return MarkRole.None;
                // An apostrophe or inch mark, if a clearer closer of the family follows before its next opener.
                var close = _nextClose[k];
                var open = _nextOpen[k];
                return close >= 0 && (open < 0 || close < open) ? MarkRole.None : MarkRole.Close;
            default:
                return mark.Role;
        }
    }

    private bool IsOpen(MarkFamily family)
    {
        foreach (var index in _stack)
        {
            if (_marks[index].Family == family) return true;
        }
        return false;
    }

    private void Open(int k, Mark mark)
    {
        if (_stack.Count == 0)
        {
            _current = new ScannedQuote();
            StartPart(mark.Position);
            _stack.Add(k);
            return;
        }
        if (!IsOpen(mark.Family))
        {
            if (_stack.Count < MaxDepth) _stack.Add(k);
            return;
        }
        var outer = _marks[_stack[0]];
        if (mark.Family == MarkFamily.Double && outer.Family == MarkFamily.Double && AtLineStart(mark.Position))
        {
            // A new line that reopens the quote: the next paragraph of a multi-paragraph quote.
            EndPart(LastNonSpace(mark.Position), mark.Position, recover: false);
            StartPart(mark.Position);
            _stack.Clear();
            _stack.Add(k);
            return;
        }
        if (NestsAhead(k))
        {
            if (_stack.Count < MaxDepth) _stack.Add(k);
            return;
        }
        if (outer.Family != mark.Family) return; // an inner single mark repeated: an apostrophe, most likely
        ReportUnclosed(outer.Position);
        EndPart(mark.Position, mark.Position, recover: true);
        Finish(unclosed: true);
        _current = new ScannedQuote();
        StartPart(mark.Position);
        _stack.Clear();
        _stack.Add(k);
    }

    private void Close(int k, Mark mark)
    {
        for (var s = _stack.Count - 1; s >= 0; s--)
        {
            if (_marks[_stack[s]].Family != mark.Family) continue;
            _stack.RemoveRange(s, _stack.Count - s);
            if (s == 0)
            {
                EndPart(mark.Position, mark.Position + 1, recover: false);
                Finish(unclosed: false);
            }
            return;
        }
        // A closer with nothing of its family open: a stray mark, ignored.
    }

    // The next two marks of the family close: “He called it “madness” and left,” she said.
    private bool NestsAhead(int k)
    {
        var first = _nextSame[k];
        if (first < 0 || !Closes(_marks[first].Role)) return false;
        var second = _nextSame[first];
        return second >= 0 && (_marks[second].Role is MarkRole.Close or MarkRole.Toggle);
    }

    private static bool Closes(MarkRole role) => role is MarkRole.Close or MarkRole.WeakClose or MarkRole.Toggle;

    private void EndBlock(TextRange block)
    {
        if (_stack.Count == 0)
        {
            _current = null;
            return;
        }
        var outer = _marks[_stack[0]];
        _stack.Clear();
        if (outer.Family == MarkFamily.Double && NextBlockReopens())
        {
            EndPart(LastNonSpace(block.End), block.End, recover: false);
            return; // _current carries into the next paragraph
        }
        if (outer.Family == MarkFamily.Double || outer.Glyph is '\u2018' or '\u201A' or '\u2039')
        {
            ReportUnclosed(outer.Position);
            EndPart(block.End, block.End, recover: true);
            Finish(unclosed: true);
        }
        _current = null;
    }

    private bool NextBlockReopens()
    {
        if (_block + 1 >= _blocks.Count) return false;
        var next = _blocks[_block + 1];
        var i = next.Start;
        while (i < next.End && char.IsWhiteSpace(_text[i])) i++;
        return i < next.End
            && QuoteGlyphs.FamilyOf(_text[i]) == MarkFamily.Double
            && QuoteGlyphs.Classify(_text, i, next.Start, next.End) is MarkRole.Open or MarkRole.Toggle;
    }

    private void StartPart(int openMark)
    {
        _partStart = openMark;
        _contentStart = openMark + 1;
    }

    /// <summary>Ends the current part: its words run to <paramref name="contentEnd"/>, its span to <paramref name="spanEnd"/>.</summary>
    private void EndPart(int contentEnd, int spanEnd, bool recover)
    {
        if (_current is null) return;
        if (recover)
        {
            var attribution = AttributionComma(_contentStart, contentEnd);
            if (attribution >= 0)
            {
                contentEnd = attribution;
                spanEnd = attribution;
            }
        }
        if (contentEnd < _contentStart) contentEnd = _contentStart;
        var (content, ending) = Trim(_contentStart, contentEnd);
        _current.Parts.Add(new QuotePart(_block, TextRange.FromBounds(_partStart, spanEnd), content, ending));
    }

    private void Finish(bool unclosed)
    {
        if (_current is null) return;
        _current.Unclosed = unclosed;
        _current.Parts.RemoveAll(part => !HasWords(part.Content));
        if (_current.Parts.Count > 0) _quotes.Add(_current);
        _current = null;
    }

    private bool HasWords(TextRange range)
    {
        for (var i = range.Start; i < range.End; i++)
        {
            if (char.IsLetterOrDigit(_text[i])) return true;
        }
        return false;
    }

    private (TextRange Content, char Ending) Trim(int start, int end)
    {
        while (start < end && char.IsWhiteSpace(_text[start])) start++;
        while (end > start && char.IsWhiteSpace(_text[end - 1])) end--;
        var ending = end > start ? _text[end - 1] : '\0';
        // The comma before the closer belongs to the attribution, not to the words: “We will go,” he said.
        while (end > start && (_text[end - 1] == ',' || char.IsWhiteSpace(_text[end - 1]))) end--;
        return (TextRange.FromBounds(start, end), ending);
    }

    // For an unclosed quote: the comma that starts its attribution (", the mayor said"), if any.
    private int AttributionComma(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (_text[i] != ',') continue;
            var word = i + 1;
            for (var w = 0; w < 6 && word < end; w++)
            {
                while (word < end && !char.IsLetter(_text[word]))
                {
                    if (_text[word] is '.' or ',' or ';' or ':') { word = end; break; }
                    word++;
                }
                var wordEnd = word;
                while (wordEnd < end && (char.IsLetter(_text[wordEnd]) || _text[wordEnd] == '.')) wordEnd++;
                if (wordEnd == word) break;
                var lower = FullStops.TrimEnd(_text.Substring(word, wordEnd - word)).ToLowerInvariant();
                if (SpeechVerbs.TryGet(lower, out var cue) && cue.Form is CueForm.Past or CueForm.ThirdPerson && cue.Class != CueClass.Describe)
                    return i;
                word = wordEnd;
            }
        }
        return -1;
    }

    private void ReportUnclosed(int position) => _unclosed.Add(position);

    private bool AtLineStart(int position)
    {
        var i = position - 1;
        while (i >= 0 && (_text[i] == ' ' || _text[i] == '\t')) i--;
        return i >= 0 && i >= _blocks[_block].Start && Text.LineBreaks.IsBreak(_text[i]);
    }

    private int LastNonSpace(int end)
    {
        var i = end;
        while (i > _contentStart && char.IsWhiteSpace(_text[i - 1])) i--;
        return i;
    }

    private void CollectMarks(TextRange block)
    {
        _marks.Clear();
        _stack.Clear();
        for (var i = QuoteGlyphs.IndexOfMark(_text, block.Start, block.End); i >= 0; i = QuoteGlyphs.IndexOfMark(_text, i + 1, block.End))
        {
            var c = _text[i];
            var family = QuoteGlyphs.FamilyOf(c);
            var role = QuoteGlyphs.Classify(_text, i, block.Start, block.End);
            if (role != MarkRole.None) _marks.Add(new Mark(i, family, role, c));
        }
        if (_nextSame.Length < _marks.Count)
        {
            _nextSame = new int[_marks.Count];
            _nextOpen = new int[_marks.Count];
            _nextClose = new int[_marks.Count];
        }
        // Looking right to left: for each mark, the next mark of its family, its next opener and next clear closer.
        int sameD = -1, sameS = -1, openD = -1, openS = -1, closeD = -1, closeS = -1;
        for (var k = _marks.Count - 1; k >= 0; k--)
        {
            var mark = _marks[k];
            var isDouble = mark.Family == MarkFamily.Double;
            _nextSame[k] = isDouble ? sameD : sameS;
            _nextOpen[k] = isDouble ? openD : openS;
            _nextClose[k] = isDouble ? closeD : closeS;
            if (isDouble)
            {
                sameD = k;
                if (mark.Role == MarkRole.Open) openD = k;
                if (mark.Role == MarkRole.Close) closeD = k;
            }
            else
            {
                sameS = k;
                if (mark.Role == MarkRole.Open) openS = k;
                if (mark.Role == MarkRole.Close) closeS = k;
            }
        }
    }
}
