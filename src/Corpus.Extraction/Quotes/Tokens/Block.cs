using System;
using System.Runtime.CompilerServices;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Quotes.Tokens;

/// <summary>One paragraph as tokens, and its sentences as token ranges [Start, End).</summary>
internal sealed class Block
{
    private readonly Token[] _tokens;
    private readonly int[] _sentenceOf;
    private readonly int _offset;

    /// <summary>
    /// A block whose tokens are <paramref name="count"/> tokens of <paramref name="tokens"/> from
    /// <paramref name="offset"/>, and their sentences the same stretch of <paramref name="sentenceOf"/> (a <see cref="TokenBuffer"/>).
    /// </summary>
    public Block(int index, TextRange range, Token[] tokens, int[] sentenceOf, int offset, int count, (int Start, int End)[] sentences)
    {
        Index = index;
        Range = range;
        _tokens = tokens;
        _sentenceOf = sentenceOf;
        _offset = offset;
        Count = count;
        Sentences = sentences;
    }

    public int Index { get; }

    public TextRange Range { get; }

    public (int Start, int End)[] Sentences { get; }

    /// <summary>The index of the sentence token <paramref name="index"/> is in.</summary>
    public int SentenceOf(int index)
    {
        if ((uint)index >= (uint)Count) OutOfRange(index);
        return _sentenceOf[_offset + index];
    }

    public int Count { get; }

    // By reference: the readers look at a field or two of a token, so copying the whole token each time costs more.
    // Inlined into every reader: the engine's methods are compiled fully optimized on first call, without the
    // call counts that would otherwise tell the compiler this one is hot (src/Corpus.OptimizeNow).
    public ref readonly Token this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)index >= (uint)Count) OutOfRange(index);
            return ref _tokens[_offset + index];
        }
    }

    private static void OutOfRange(int index) => throw new ArgumentOutOfRangeException(nameof(index), index, "No such token in the block.");

    private TokenMemo? _nounWords;

    /// <summary>Which tokens may stand inside a noun phrase, as <c>Phrases.IsNounWord</c> finds them.</summary>
    public TokenMemo NounWords => _nounWords ??= new TokenMemo(Count);
}
