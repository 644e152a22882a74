using System.Globalization;
using Corpus.Generator.Model;

namespace Corpus.Generator.Emitting;

/// <summary>
/// One file per corpus class: the class itself and <c>All</c>. Articles are reached through a switch
/// split in blocks of 256, because one method with 20,000 cases is more than the JIT will optimize
/// and one array initializer that large is a start-up cost paid before the first article is read.
/// </summary>
internal static class CorpusIndexEmitter
{
    private const int BlockSize = 256;

    public static string Emit(CorpusIndexEmission emission)
    {
        var (corpus, options) = (emission.Corpus, emission.Options);
        var count = corpus.Members.Count;
        var className = corpus.ClassName;

        var writer = SourceFile.Begin(options, "Corpus " + className.TrimStart('@'));
        writer.Line($"/// <summary>The <c>{className.TrimStart('@')}</c> corpus: {Plural(count, "article")}, each a member of this class.</summary>");
        writer.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"Corpus\", \"" + Version + "\")]");
        writer.Open($"public static partial class {className}");

        writer.Line("/// <summary>Every article of the corpus, ordered by path. Articles are created on first access.</summary>");
        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<global::Corpus.Article> All { get; } =");
        writer.Indent().Line($"new global::Corpus.Runtime.LazyList<global::Corpus.Article>({Literal.Int(count)}, Article_At);").Outdent();
        writer.Line();
        writer.Line("/// <summary>Every figure of the corpus, article after article, each also a named member.</summary>");
        writer.Line("public static FigureList Figures { get; } = new FigureList();");
        writer.Line();
        writer.Line("/// <summary>The figures of the corpus: enumerate them with LINQ, or name one.</summary>");
        writer.Open("public sealed partial class FigureList : global::Corpus.Runtime.CorpusItems<global::Corpus.Figure>");
        writer.Line("internal FigureList()");
        writer.Indent().Line(": base(All, article => article.Figures)").Outdent();
        writer.Line("{");
        writer.Line("}");
        writer.Close();

        if (count <= BlockSize)
        {
            WriteSwitch(writer, "Article_At", corpus, 0, count);
        }
        else
        {
            writer.Line();
            writer.Open("private static global::Corpus.Article Article_At(int index)");
            writer.Open("switch (index / " + Literal.Int(BlockSize) + ")");
            for (var block = 0; block * BlockSize < count; block++)
            {
                writer.Line($"case {Literal.Int(block)}: return Article_At_{Literal.Int(block)}(index);");
            }
            writer.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(index));");
            writer.Close();
            writer.Close();
            for (var block = 0; block * BlockSize < count; block++)
            {
                var start = block * BlockSize;
                WriteSwitch(writer, "Article_At_" + Literal.Int(block), corpus, start, System.Math.Min(count, start + BlockSize));
            }
        }

        writer.Close();
        return SourceFile.End(writer, options);
    }

    private static void WriteSwitch(CodeWriter writer, string method, CorpusIndex corpus, int start, int end)
    {
        writer.Line();
        writer.Open($"private static global::Corpus.Article {method}(int index)");
        writer.Open("switch (index)");
        for (var i = start; i < end; i++)
        {
            writer.Line($"case {Literal.Int(i)}: return {corpus.Members[i]};");
        }
        writer.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(index));");
        writer.Close();
        writer.Close();
    }

    private static string Plural(int count, string noun) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");

    private static readonly string Version =
        typeof(CorpusIndexEmitter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
