using System;
using System.Linq;

namespace Corpus.Extraction.Figures.Scanning;

/// <summary>
/// A set of token phrases ("more than", "per cent", "%"), tried longest first so "no more than"
/// wins over "more than". Each phrase is written as space-separated lower-case words or single characters.
/// </summary>
internal sealed class Phrases<T>
{
    private readonly (string[] Parts, T Value)[] _phrases;

    public Phrases(params (string Phrase, T Value)[] phrases)
    {
        _phrases = phrases
            .Select(p => (p.Phrase.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries), p.Value))
            .OrderByDescending(p => p.Item1.Length)
            .ToArray();
    }

    /// <summary>The longest phrase starting at <paramref name="index"/>: returns the index after it, or -1.</summary>
    public int Match(TokenStream tokens, int index, out T value)
    {
        foreach (var (parts, v) in _phrases)
        {
            var end = tokens.Match(index, parts);
            if (end >= 0)
            {
                value = v;
                return end;
            }
        }
        value = default!;
        return -1;
    }

    /// <summary>The longest phrase ending just before <paramref name="end"/>: returns its start, or -1.</summary>
    public int MatchBefore(TokenStream tokens, int end, out T value)
    {
        foreach (var (parts, v) in _phrases)
        {
            var start = tokens.MatchBefore(end, parts);
            if (start >= 0)
            {
                value = v;
                return start;
            }
        }
        value = default!;
        return -1;
    }
}
