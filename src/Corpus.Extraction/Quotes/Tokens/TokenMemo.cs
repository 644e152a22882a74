namespace Corpus.Extraction.Quotes.Tokens;

/// <summary>
/// A yes or no per token of a block, kept the first time it is worked out: the readers ask the same
/// question of the same token from every phrase around it.
/// </summary>
internal sealed class TokenMemo
{
    private const byte Unknown = 0;
    private const byte No = 1;
    private const byte Yes = 2;

    private readonly byte[] _answers;

    public TokenMemo(int count) => _answers = new byte[count];

    public bool TryGet(int index, out bool answer)
    {
        var known = _answers[index];
        answer = known == Yes;
        return known != Unknown;
    }

    public bool Set(int index, bool answer)
    {
        _answers[index] = answer ? Yes : No;
        return answer;
    }
}
