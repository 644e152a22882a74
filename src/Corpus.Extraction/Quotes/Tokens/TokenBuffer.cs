using System;
using System.Collections.Generic;

namespace Corpus.Extraction.Quotes.Tokens;

/// <summary>
/// The tokens of every block of one article, and the sentence of each, kept in arrays that the thread
/// reuses for its next article: an array per block was a tenth of all the engine allocated. A block's tokens stay valid only
/// until the buffer is returned, so a buffer is rented for one quote extraction, and nothing that
/// outlives that extraction may hold a block.
/// </summary>
internal sealed class TokenBuffer
{
    // A buffer grown by a very long article is let go rather than kept for the thread's life.
    internal const int LargestKept = 1 << 16;

    [ThreadStatic]
    private static TokenBuffer? t_free;

    private Token[] _tokens = new Token[4096];

    // For each token, the index of its sentence in its block: filled in by the tokenizer once it has found the sentences.
    private int[] _sentenceOf = new int[4096];
    private int _used;

    /// <summary>The thread's buffer, emptied; a new one if it is already rented (an extraction inside an extraction).</summary>
    public static TokenBuffer Rent()
    {
        var buffer = t_free ?? new TokenBuffer();
        t_free = null;
        buffer._used = 0;
        return buffer;
    }

    /// <summary>Gives the buffer back to the thread: every block made from it is then invalid.</summary>
    public void Return()
    {
        if (_tokens.Length <= LargestKept) t_free = this;
    }

    /// <summary>
    /// Copies <paramref name="tokens"/> in, and says where they are. When the buffer is full it moves to a
    /// larger array, and the blocks already made keep the array they were made on.
    /// </summary>
    public (Token[] Array, int[] SentenceOf, int Offset) Add(List<Token> tokens)
    {
        if (_used + tokens.Count > _tokens.Length)
        {
            _tokens = new Token[Math.Max(2 * _tokens.Length, tokens.Count)];
            _sentenceOf = new int[_tokens.Length];
            _used = 0;
        }
        var offset = _used;
        tokens.CopyTo(_tokens, offset);
        _used += tokens.Count;
        return (_tokens, _sentenceOf, offset);
    }
}
