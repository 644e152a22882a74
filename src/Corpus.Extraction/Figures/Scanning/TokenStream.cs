using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Corpus.Extraction.Figures.Scanning;

/// <summary>A sentence's tokens with the lookups the rules share. Every accessor is safe out of range.</summary>
internal sealed class TokenStream
{
    private readonly Token[] _tokens;
    private readonly int _count;

    /// <summary>The sentence's tokens are the first <paramref name="count"/> of <paramref name="tokens"/>; the rest of the array is not its.</summary>
    public TokenStream(string text, Token[] tokens, int count)
    {
        Text = text;
        _tokens = tokens;
        _count = count;
    }

    /// <summary>The article text the offsets point into.</summary>
    public string Text { get; }

    private HashSet<string>? _words;

    public int Count => _count;

    /// <summary>Whether the sentence has this lower-cased word anywhere (built once, so sentence-wide cues stay linear).</summary>
    public bool HasWord(string lower)
    {
        if (_words is null)
        {
            _words = new HashSet<string>();
            for (var i = 0; i < _count; i++)
            {
                if (_tokens[i].IsWord) _words.Add(_tokens[i].Lower);
            }
        }
        return _words.Contains(lower);
    }

    public bool HasAnyWord(IEnumerable<string> lowers)
    {
        foreach (var lower in lowers)
        {
            if (HasWord(lower)) return true;
        }
        return false;
    }

    // By reference: the rules look at a field or two of a token, so copying the whole token each time costs more.
    // Inlined into every rule, as Quotes.Tokens.Block's is, and for the same reason.
    public ref readonly Token this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)index >= (uint)_count) OutOfRange(index);
            return ref _tokens[index];
        }
    }

    private static void OutOfRange(int index) => throw new ArgumentOutOfRangeException(nameof(index), index, "No such token in the sentence.");

    public bool InRange(int index) => index >= 0 && index < _count;

    /// <summary>The lower-cased word at <paramref name="index"/>, or null when it is not a word.</summary>
    public string? Word(int index) => InRange(index) && _tokens[index].IsWord ? _tokens[index].Lower : null;

    public bool IsWord(int index, string lower) => InRange(index) && _tokens[index].IsWord && _tokens[index].Lower == lower;

    public bool IsWord(int index) => InRange(index) && _tokens[index].IsWord;

    public bool IsDigits(int index) => InRange(index) && _tokens[index].IsDigits;

    public bool Is(int index, char c) => InRange(index) && _tokens[index].Is(c);

    public bool IsAnyOf(int index, string chars) => InRange(index) && !_tokens[index].IsWord && !_tokens[index].IsDigits && chars.IndexOf(_tokens[index].Text[0]) >= 0;

    /// <summary>Whether token <paramref name="index"/> and the next one touch (no space between them).</summary>
    public bool Touches(int index) => InRange(index) && InRange(index + 1) && _tokens[index].End == _tokens[index + 1].Start;

    /// <summary>The number of characters (all whitespace) between token <paramref name="index"/> and the next.</summary>
    public int Gap(int index) => InRange(index) && InRange(index + 1) ? _tokens[index + 1].Start - _tokens[index].End : int.MaxValue;

    /// <summary>The one whitespace character between token <paramref name="index"/> and the next, or '\0' when the gap is not one character.</summary>
    public char GapChar(int index) => Gap(index) == 1 ? Text[_tokens[index].End] : '\0';

    public bool Matches(int index, string part) => InRange(index) && Key(index) == part;

    /// <summary>What a phrase's part is compared with: a word in lower case, any other token as written.</summary>
    public string Key(int index)
    {
        ref readonly var token = ref this[index];
        return token.IsWord ? token.Lower : token.Text;
    }

    /// <summary>The index after <paramref name="phrase"/> when it starts at <paramref name="index"/>, else -1.</summary>
    public int Match(int index, string[] phrase)
    {
        for (var k = 0; k < phrase.Length; k++)
        {
            if (!Matches(index + k, phrase[k])) return -1;
        }
        return index + phrase.Length;
    }

    /// <summary>The index where <paramref name="phrase"/> starts when it ends just before <paramref name="end"/>, else -1.</summary>
    public int MatchBefore(int end, string[] phrase)
    {
        var start = end - phrase.Length;
        if (start < 0) return -1;
        return Match(start, phrase) == end ? start : -1;
    }
}
