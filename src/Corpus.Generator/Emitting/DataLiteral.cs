using System.Text;
using Corpus.Generator.Model;

namespace Corpus.Generator.Emitting;

/// <summary>
/// Data as a <c>byte[]</c> expression: <c>u8</c> literals where the consumer's C# has them (C# 11 and
/// <c>ReadOnlySpan</c>), which land in the assembly as raw bytes; otherwise ASCII string literals,
/// which share the 16 MB string heap (about 8,000 articles' worth).
/// </summary>
internal static class DataLiteral
{
    public static string Open(CorpusOptions options) => options.Utf8Literals ? "(" : "global::System.Text.Encoding.ASCII.GetBytes(";

    public static string Close(CorpusOptions options) => options.Utf8Literals ? ").ToArray()" : ")";

    /// <summary>A literal of printable ASCII: only the quote and the backslash need escaping.</summary>
    public static string Chunk(string data, CorpusOptions options)
    {
        var builder = new StringBuilder(data.Length + 4).Append('"');
        foreach (var c in data)
        {
            if (c == '"' || c == '\\') builder.Append('\\');
            builder.Append(c);
        }
        return builder.Append(options.Utf8Literals ? "\"u8" : "\"").ToString();
    }
}
