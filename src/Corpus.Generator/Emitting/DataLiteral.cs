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
    private const int SizeClassesPerDoubling = 16;
    private const int SmallestSizeClass = 64;

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

    /// <summary>
    /// How many bytes to add to a block of <paramref name="length"/> bytes of <c>u8</c> data so that its
    /// size is one of a few. The compiler gives each distinct size of <c>u8</c> data a type of its own,
    /// and the runtime loads every one of them on the first read of any: one size per bucket made the
    /// first access to an article grow with the corpus (1.6 ms at 10,000 articles). Sizes are rounded
    /// up to one of 16 per doubling, so a block grows by at most 6 %. String literals need none.
    /// </summary>
    public static int Padding(int length, CorpusOptions options) =>
        options.Utf8Literals ? SizeClass(length) - length : 0;

    /// <summary>The smallest size class that holds <paramref name="length"/> bytes.</summary>
    internal static int SizeClass(int length)
    {
        if (length <= SmallestSizeClass) return SmallestSizeClass;
        var doubling = SmallestSizeClass;
        while (doubling <= length / 2) doubling *= 2;
        var step = doubling / SizeClassesPerDoubling;
        return (length + step - 1) / step * step;
    }
}
