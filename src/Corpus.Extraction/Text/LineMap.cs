using System;
using System.Collections.Generic;
using System.Threading;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Text;

/// <summary>Zero-based line and column of an offset, counting line breaks as <see cref="LineBreaks"/> does.</summary>
internal sealed class LineMap
{
    private readonly int[] _lineStarts;

    private LineMap(int[] lineStarts) => _lineStarts = lineStarts;

    public static LineMap Of(string text, CancellationToken cancellationToken)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            cancellationToken.Poll(i);
            var length = LineBreaks.LengthAt(text, i);
            if (length == 0) continue;
            i += length - 1;
            starts.Add(i + 1);
        }
        return new LineMap(starts.ToArray());
    }

    public LinePosition PositionOf(int offset)
    {
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0) line = ~line - 1;
        return new LinePosition(line, offset - _lineStarts[line]);
    }
}
