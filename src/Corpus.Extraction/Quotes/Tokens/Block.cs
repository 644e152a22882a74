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

    public Token this[int index] => Tokens[index];
}
