using System.Globalization;
using System.Text;
using Corpus.Generator.Text;

namespace Corpus.Generator.Emitting;

/// <summary>
/// Text from an article made safe for one line of a <c>///</c> XML doc comment or a <c>//</c>
/// comment: markup characters become entities, every line break C# knows (CR, LF, NEL, LS, PS)
/// becomes a space so the comment cannot end early, and characters XML forbids become U+FFFD.
/// </summary>
internal static class DocText
{
    /// <summary>For a <c>//</c> comment: one line, no markup escaping needed.</summary>
    public static string Comment(string text, int maxLength = 120) => Clean(text, maxLength, xml: false);

    public static string Escape(string text, int maxLength = int.MaxValue) => Clean(text, maxLength, xml: true);

    private static string Clean(string text, int maxLength, bool xml)
    {
        if (text.Length <= maxLength && IsClean(text)) return text;
        var builder = StringBuilderCache.Acquire(text.Length);
        var lastWasSpace = false;
        for (var i = 0; i < text.Length && builder.Length < maxLength; i++)
        {
            var c = text[i];
            if (IsBreakOrSpace(c))
            {
                if (!lastWasSpace && builder.Length > 0) builder.Append(' ');
                lastWasSpace = true;
                continue;
            }
            lastWasSpace = false;
            switch (c)
            {
                case '&' when xml: builder.Append("&amp;"); break;
                case '<' when xml: builder.Append("&lt;"); break;
                case '>' when xml: builder.Append("&gt;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else if (char.IsControl(c) || char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'
                        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
                    {
                        builder.Append('\uFFFD');
                    }
                    else
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
        return StringBuilderCache.ToStringAndRelease(builder).TrimEnd();
    }

    // Most article text is printable ASCII with single spaces: it needs no copy. Anything else
    // (markup, other white space, any non-ASCII character) takes the careful path.
    private static bool IsClean(string text)
    {
        if (text.Length > 0 && (text[0] == ' ' || text[text.Length - 1] == ' ')) return false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < ' ' || c > '~' || c == '&' || c == '<' || c == '>') return false;
            if (c == ' ' && text[i - 1] == ' ') return false;
        }
        return true;
    }

    private static bool IsBreakOrSpace(char c) =>
        c == '\r' || c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\t' || c == '\f' || c == '\v'
        || char.IsWhiteSpace(c);
}
