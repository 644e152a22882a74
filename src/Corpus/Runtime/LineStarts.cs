using System.Collections.Generic;

namespace Corpus.Runtime;

/// <summary>Where each line starts, counting CR, LF, CRLF and the Unicode line separators as breaks, as Roslyn does.</summary>
internal static class LineStarts
{
    public static int[] Of(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                starts.Add(i + 1);
            }
            else if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029')
            {
                starts.Add(i + 1);
            }
        }
        return starts.ToArray();
    }
}
