using System;
using System.Collections.Generic;
using System.Text;
using Corpus.Generator.Model;

namespace Corpus.Generator.Emitting;

/// <summary>
/// Data as a <c>byte[]</c> expression: a <c>u8</c> literal where the consumer's C# has them (C# 11 and
/// <c>ReadOnlySpan</c>), which lands in the assembly as raw bytes; otherwise ASCII string literals,
/// which share the 16 MB string heap (about 8,000 articles' worth).
/// </summary>
internal static class DataLiteral
{
    // A longer chain of additions overflows the compiler's stack (60,000 people at 10,000 articles).
    private const int MostChainedLiterals = 256;
    private const int SizeClassesPerDoubling = 16;
    private const int SmallestSizeClass = 64;

    public static string Open(CorpusOptions options) => options.Utf8Literals ? "(" : "global::System.Text.Encoding.ASCII.GetBytes(";

    public static string Close(CorpusOptions options) => options.Utf8Literals ? ").ToArray()" : ")";

    /// <summary>
    /// Writes <paramref name="lines"/>, each after the first on a line of its own in the data
    /// (<c>DataFormat.RecordBreak</c>), as the literal of a data expression, then <paramref name="end"/>.
    /// With <c>u8</c> literals that is one raw literal, a record per line. Not a chain of literals joined
    /// by <c>+</c>: the compiler folds such a chain slowly, about 1.1 s of a 2,000-article build for one
    /// chain of 33 literals per file of articles (docs/benchmarks.md). String literals cannot span lines,
    /// so before C# 11 they are chained, several lines each.
    /// </summary>
    public static void Write(CodeWriter writer, IReadOnlyList<string> lines, string end, CorpusOptions options)
    {
        if (lines.Count == 0 || (lines.Count == 1 && lines[0].Length == 0))
        {
            writer.Line((options.Utf8Literals ? "\"\"u8" : "\"\"") + end);
        }
        else if (options.Utf8Literals)
        {
            var delimiter = new string('"', Math.Max(3, LongestQuoteRun(lines) + 1));
            writer.Line(delimiter);
            foreach (var line in lines) writer.Line(line);
            writer.Line(delimiter + "u8" + end);
        }
        else
        {
            var perLiteral = (lines.Count + MostChainedLiterals - 1) / MostChainedLiterals;
            for (var first = 0; first < lines.Count; first += perLiteral)
            {
                var last = Math.Min(lines.Count, first + perLiteral);
                var literal = new StringBuilder().Append('"');
                for (var i = first; i < last; i++)
                {
                    if (i > 0) literal.Append("\\n");
                    AppendEscaped(literal, lines[i]);
                }
                literal.Append('"');
                writer.Line(literal + (last < lines.Count ? " +" : end));
            }
        }
    }

    // Printable ASCII in a regular string literal: only the quote and the backslash need escaping.
    private static void AppendEscaped(StringBuilder literal, string data)
    {
        foreach (var c in data)
        {
            if (c == '"' || c == '\\') literal.Append('\\');
            literal.Append(c);
        }
    }

    // A raw literal ends at the first run of quotes as long as its delimiter.
    private static int LongestQuoteRun(IReadOnlyList<string> lines)
    {
        var longest = 0;
        foreach (var line in lines)
        {
            var run = 0;
            foreach (var c in line)
            {
                run = c == '"' ? run + 1 : 0;
                longest = Math.Max(longest, run);
            }
        }
        return longest;
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
