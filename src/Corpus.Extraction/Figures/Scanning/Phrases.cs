using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Extraction.Figures.Scanning;

/// <summary>
/// A set of token phrases ("more than", "per cent", "%"), tried longest first so "no more than"
/// wins over "more than". Each phrase is written as space-separated lower-case words or single characters.
/// </summary>
internal sealed class Phrases<T>
{
    private static readonly (string[] Parts, T Value)[] None = Array.Empty<(string[], T)>();

    // Only the phrases whose first (or last) part is the token there can match, so each lookup tries
    // those alone, still longest first.
    private readonly Dictionary<string, (string[] Parts, T Value)[]> _byFirstPart;
    private readonly Dictionary<string, (string[] Parts, T Value)[]> _byLastPart;

    public Phrases(params (string Phrase, T Value)[] phrases)
    {
        var ordered = phrases
            .Select(p => (Parts: p.Phrase.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries), p.Value))
            .OrderByDescending(p => p.Parts.Length)
            .ToArray();
        if (ordered.Any(p => p.Parts.Length == 0)) throw new ArgumentException("A phrase needs at least one word.", nameof(phrases));
        _byFirstPart = ordered.GroupBy(p => p.Parts[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _byLastPart = ordered.GroupBy(p => p.Parts[p.Parts.Length - 1], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The longest phrase starting at <paramref name="index"/>: returns the index after it, or -1.</summary>
    public int Match(TokenStream tokens, int index, out T value)
    {
        foreach (var (parts, v) in Candidates(_byFirstPart, tokens, index))
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
        foreach (var (parts, v) in Candidates(_byLastPart, tokens, end - 1))
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

    private static (string[] Parts, T Value)[] Candidates(Dictionary<string, (string[] Parts, T Value)[]> index, TokenStream tokens, int at) =>
        tokens.InRange(at) && index.TryGetValue(tokens.Key(at), out var candidates) ? candidates : None;
}
