using System;
using System.Threading;

namespace Corpus.Extraction.Text;

/// <summary>One line of the text: where its content starts and ends, and where the next line starts.</summary>
internal readonly struct TextLine
{
    public TextLine(int start, int end, int next)
    {
        Start = start;
        End = end;
        Next = next;
    }

    public int Start { get; }

    /// <summary>Just past the line's last character, before its line break.</summary>
    public int End { get; }

    /// <summary>Just past the line break; equal to <see cref="End"/> for the last line.</summary>
    public int Next { get; }

    /// <summary>The line that starts at <paramref name="start"/>, not reading at or past <paramref name="limit"/>.</summary>
    public static TextLine At(string text, int start, int limit, CancellationToken cancellationToken)
    {
        var i = cancellationToken.IndexOfAny(text, LineBreaks.Characters, start, limit);
        var next = i < limit ? Math.Min(limit, i + LineBreaks.LengthAt(text, i)) : i;
        return new TextLine(start, i, next);
    }
}
