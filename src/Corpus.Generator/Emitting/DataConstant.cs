using System.Collections.Generic;
using System.Text;
using Corpus.Shared;

namespace Corpus.Generator.Emitting;

/// <summary>
/// A block of data as a private string constant that no code reads, and the expression that reads it
/// back at run time (<c>Corpus.Runtime.DataConstant</c>). A constant's value is stored with the assembly's
/// metadata, not in the 16 MB heap of string literals, and at 2,000 articles it costs the compiler a
/// fifth less time and a third less memory than the same bytes as a <c>u8</c> literal, which the
/// compiler lowers a node per byte (docs/benchmarks.md). It is a verbatim literal, a record per line, so
/// every C# version since 1 reads it the same.
/// </summary>
internal static class DataConstant
{
    public const string Name = "Records";

    /// <summary>The data of <paramref name="type"/>, as a <c>string</c> expression.</summary>
    public static string Read(string type) => Read(type, $"nameof({Name})");

    /// <summary>
    /// The data constant of <paramref name="type"/> that <paramref name="name"/> (an expression) names, as a
    /// <c>string</c> expression. It passes the format's version, which the runtime checks is its own.
    /// </summary>
    public static string Read(string type, string name) =>
        $"global::Corpus.Runtime.DataConstant.Read(typeof({type}), {name}, {Literal.Int(DataFormat.Version)})";

    /// <summary>
    /// Declares the constant: <paramref name="lines"/>, each after the first on a line of its own in the
    /// data (<c>DataFormat.RecordBreak</c>). The lines are not indented, as a verbatim literal keeps every
    /// character between its quotes.
    /// </summary>
    public static void Write(CodeWriter writer, IReadOnlyList<string> lines)
    {
        writer.Line(Comment);
        WriteNamed(writer, Name, lines);
    }

    public const string Comment =
        "// Read through Corpus.Runtime.DataConstant, never as a literal: a constant is kept apart from the 16 MB heap of string literals.";

    /// <summary>Declares the constant <paramref name="name"/> as <see cref="Write"/> does, without the comment.</summary>
    public static void WriteNamed(CodeWriter writer, string name, IReadOnlyList<string> lines)
    {
        var declaration = $"private const string {name} = @\"";
        if (lines.Count == 0)
        {
            writer.Line(declaration + "\";");
            return;
        }
        writer.Line(declaration + Escaped(lines[0]) + (lines.Count == 1 ? "\";" : ""));
        for (var i = 1; i < lines.Count; i++)
        {
            writer.Unindented(Escaped(lines[i]) + (i == lines.Count - 1 ? "\";" : ""));
        }
    }

    // Data is printable ASCII on one line: in a verbatim literal only the quote needs escaping, doubled.
    private static string Escaped(string line) =>
        line.IndexOf('"') < 0 ? line : new StringBuilder(line).Replace("\"", "\"\"").ToString();
}
