using Corpus.Extraction.Model;

namespace Corpus.Extraction.Quotes.Tokens;

/// <summary>One paragraph as tokens, and its sentences as token ranges [Start, End).</summary>
internal sealed class Block
{
    public Block(int index, TextRange range, Token[] tokens, (int Start, int End)[] sentences, int[] sentenceOf)
    {
        Index = index;
        Range = range;
        Tokens = tokens;
        Sentences = sentences;
        SentenceOf = sentenceOf;
    }

    public int Index { get; }

    public TextRange Range { get; }

    public Token[] Tokens { get; }

    public (int Start, int End)[] Sentences { get; }

    /// <summary>For each token, the index of its sentence.</summary>
    public int[] SentenceOf { get; }

    public int Count => Tokens.Length;

    // By reference: the readers look at a field or two of a token, so copying the whole token each time costs more.
    public ref readonly Token this[int index] => ref Tokens[index];

    private TokenMemo? _nounWords;

    /// <summary>Which tokens may stand inside a noun phrase, as <c>Phrases.IsNounWord</c> finds them.</summary>
    public TokenMemo NounWords => _nounWords ??= new TokenMemo(Tokens.Length);
}
