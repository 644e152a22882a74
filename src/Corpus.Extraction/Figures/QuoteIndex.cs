using System;
using System.Collections.Generic;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Figures;

/// <summary>
/// Finds the quote a figure sits in: the lowest-numbered quote range that contains it. Ranges are sorted by
/// start once, so each look-up is a binary search plus a short walk back over the few quotes that can still
/// reach the figure (quotes hardly nest).
/// </summary>
internal sealed class QuoteIndex
{
    private const int MaxNesting = 8;

    private readonly (int Start, int End, int Index)[] _byStart;

    public QuoteIndex(IReadOnlyList<TextRange> quotes)
    {
        _byStart = new (int, int, int)[quotes.Count];
        for (var i = 0; i < quotes.Count; i++) _byStart[i] = (quotes[i].Start, quotes[i].End, i);
        Array.Sort(_byStart);
    }

    public static QuoteIndex None { get; } = new(Array.Empty<TextRange>());

    public int? Of(TextRange range)
    {
        var low = 0;
        var high = _byStart.Length - 1;
        var last = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (_byStart[middle].Start <= range.Start)
            {
                last = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        int? found = null;
        for (var k = last; k >= 0 && k > last - MaxNesting; k--)
        {
            if (_byStart[k].End >= range.End && (found is null || _byStart[k].Index < found)) found = _byStart[k].Index;
        }
        return found;
    }
}
