using System.Globalization;
using System.Text;

namespace Corpus.Generator.Emitting;

/// <summary>
/// C# literals for values that come from articles and file names. Anything that could end the
/// literal or the line (quotes, backslashes, every character C# counts as a line break), any
/// control character and any lone surrogate is written as an escape, so no text becomes code.
/// </summary>
internal static class Literal
{
    public static string String(string? value)
    {
        if (value is null) return "null";
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (NeedsEscape(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
        builder.Append('"');
        return builder.ToString();
    }

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "m";

    public static string Decimal(decimal? value) => value is { } number ? Decimal(number) : "null";

    public static string UInt(uint value) => "0x" + value.ToString("X8", CultureInfo.InvariantCulture) + "u";

    private static bool NeedsEscape(char c) =>
        char.IsControl(c)
        || char.IsSurrogate(c)
        || c == '\u2028' || c == '\u2029'
        || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF'
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
