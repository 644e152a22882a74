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
        if ((uint)index >= (uint)Count) throw new System.ArgumentOutOfRangeException(nameof(index));
        return _sentenceOf[_offset + index];
    }

    public int Count { get; }

    // By reference: the readers look at a field or two of a token, so copying the whole token each time costs more.
    public ref readonly Token this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) throw new System.ArgumentOutOfRangeException(nameof(index));
            return ref _tokens[_offset + index];
        }
    }

    private TokenMemo? _nounWords;

    /// <summary>Which tokens may stand inside a noun phrase, as <c>Phrases.IsNounWord</c> finds them.</summary>
    public TokenMemo NounWords => _nounWords ??= new TokenMemo(Count);
}
