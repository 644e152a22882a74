using System.Linq;
using Corpus.Generator.Model;

namespace Corpus.Generator.Emitting;

/// <summary>
/// One generated file of articles: their members, their named figures and quotes, and a nested data
/// class that creates each article on first access from one block of data. Data rather than code keeps
/// a 20,000-article corpus cheap to compile, outside the 16 MB heap of string literals, and within what the JIT
/// optimizes: no method or initializer here grows with the articles' contents.
/// </summary>
internal static class BucketEmitter
{
    public static string Emit(BucketEmission emission)
    {
        var (pieces, options) = (emission.Pieces, emission.Options);
        var className = emission.CorpusClass;
        var description = pieces.Count == 1 ? "Article " + pieces[0].DisplayPath : $"{pieces.Count} articles of {className.TrimStart('@')}";

        var writer = SourceFile.Begin(options, description);
        writer.Open("partial class " + className);

        for (var i = 0; i < pieces.Count; i++)
        {
            if (i > 0) writer.Line();
            writer.Lines(pieces[i].Member);
        }

        foreach (var list in pieces.SelectMany(p => p.Lists).GroupBy(l => l.ClassName).OrderBy(g => g.Key, System.StringComparer.Ordinal))
        {
            writer.Line();
            var nesting = list.Key.Split('.');
            foreach (var name in nesting) writer.Open("partial class " + name);
            var first = true;
            foreach (var members in list)
            {
                if (!first) writer.Line();
                first = false;
                writer.Lines(members.Text);
            }
            foreach (var _ in nesting) writer.Close();
        }

        writer.Line();
        writer.Open("private static partial class ArticleData");
        WriteDataClass(writer, emission);
        writer.Close();

        writer.Close();
        return SourceFile.End(writer, options);
    }

    private static void WriteDataClass(CodeWriter writer, BucketEmission emission)
    {
        var (pieces, options) = (emission.Pieces, emission.Options);
        var nullable = SourceFile.NullableSuffix(options);

        writer.Open("internal static class " + emission.Bucket.ClassName);
        writer.Line($"private static readonly global::Corpus.Article{nullable}[] s_articles = new global::Corpus.Article{nullable}[{Literal.Int(pieces.Count)}];");
        writer.Line($"private static string{nullable} s_data;");
        writer.Line();
        writer.Line("internal static global::Corpus.Article Get(int slot) =>");
        writer.Indent().Line("s_articles[slot] ?? global::Corpus.Runtime.Once.Publish(ref s_articles[slot], Create(slot));").Outdent();
        writer.Line();
        writer.Line("private static global::Corpus.Article Create(int slot) =>");
        writer.Indent().Line($"global::Corpus.Runtime.ArticleFactory.Create(typeof({emission.CorpusClass}).Assembly, {Literal.String(emission.CorpusClass.TrimStart('@'))}, Data, slot, Speakers);").Outdent();
        writer.Line();
        writer.Line("// Who said each quote is kept with the corpus's people.");
        writer.Line("private static global::Corpus.Runtime.PersonItems Speakers() => People;");

        writer.Line();
        writer.Line("// The number of articles and the length of each one's record, then a line per record, read by Corpus.Runtime.ArticleFactory.");
        writer.Line("private static string Data =>");
        writer.Indent().Line($"s_data ?? global::Corpus.Runtime.Once.Publish(ref s_data, {DataConstant.Read(emission.Bucket.ClassName)});").Outdent();
        writer.Line();
        DataConstant.Write(writer, DataBlock.Lines(pieces.Select(p => p.Data).ToList()));
        writer.Close();
    }
}
