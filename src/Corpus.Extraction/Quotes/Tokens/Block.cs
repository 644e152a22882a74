using Corpus.Extraction.Model;

namespace Corpus.Extraction.Quotes.Tokens;

/// <summary>One paragraph as tokens, and its sentences as token ranges [Start, End).</summary>
internal sealed class Block
{
    private readonly Token[] _tokens;
    private readonly int _offset;

    /// <summary>A block whose tokens are <paramref name="count"/> tokens of <paramref name="tokens"/> from <paramref name="offset"/> (a <see cref="TokenBuffer"/>).</summary>
    public Block(int index, TextRange range, Token[] tokens, int offset, int count, (int Start, int End)[] sentences, int[] sentenceOf)
    {
        Index = index;
        Range = range;
        _tokens = tokens;
        _offset = offset;
        Count = count;
        Sentences = sentences;
        SentenceOf = sentenceOf;
    }

    public int Index { get; }

    public TextRange Range { get; }

    public (int Start, int End)[] Sentences { get; }

    /// <summary>For each token, the index of its sentence.</summary>
    public int[] SentenceOf { get; }

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
