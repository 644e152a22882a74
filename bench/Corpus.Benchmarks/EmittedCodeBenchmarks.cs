using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using Corpus.Benchmarks.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Benchmarks;

/// <summary>
/// What the generated code costs the compiler and the assembly: binding and emitting the generated
/// sources with the articles embedded, against emitting the same resources with no generated code (the
/// floor, what an EmbeddedResource-only project compiles). Columns give the generated source per
/// article, the assembly against the text it carries, and the user-string heap per article with the
/// corpus size at which it would fill (CS8103). One compilation per iteration: each takes seconds.
/// </summary>
[Config(typeof(Config))]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class EmittedCodeBenchmarks
{
    private SyntaxTree[] _generated = null!;
    private SyntaxTree[] _floor = null!;
    private CSharpCompilation _template = null!;
    private SynthesizedArticle[] _articles = null!;

    // Two sizes show whether compile time grows linearly; the runtime benches record the 10,000 sizes.
    [Params(1000, 2000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // Records the sizes for the columns (and the image the runtime benches load).
        CompiledCorpus.ImagePath(Articles);
        System.Console.WriteLine("// " + CompiledCorpus.RecordedSizes(Articles));

        _articles = BenchCorpus.Articles(Articles);
        var project = new ConsumerProject(_articles);
        project.Run(project.NewDriver(project.FreshFiles()), project.Compilation, out var output);
        _generated = output.SyntaxTrees.ToArray();
        _floor = project.Compilation.SyntaxTrees.ToArray();
        _template = project.Compilation;
    }

    [Benchmark(Baseline = true, Description = "Compile: resources only (floor)")]
    public long CompileFloor() => Compile(_floor);

    [Benchmark(Description = "Compile: generated code + resources")]
    public long CompileGenerated() => Compile(_generated);

    // A new compilation each time: nothing bound or emitted is reused, as in a fresh csc.
    private long Compile(SyntaxTree[] trees)
    {
        var compilation = _template.RemoveAllSyntaxTrees().AddSyntaxTrees(trees);
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image, manifestResources: CompiledCorpus.Resources(_articles));
        if (!emitted.Success) throw new System.InvalidOperationException(string.Join("\n", emitted.Diagnostics.Take(5)));
        return image.Length;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(new EmittedSizeColumn("Source B/article", "Generated C# per article, UTF-8 bytes", s => s.SourceBytesPerArticle));
            AddColumn(new EmittedSizeColumn("Assembly/text", "Assembly size over the bytes of text it embeds", s => s.AssemblyOverText, "N3"));
            AddColumn(new EmittedSizeColumn("Code B/article", "Assembly bytes beyond the embedded text, per article", s => s.CodeBytesPerArticle));
            AddColumn(new EmittedSizeColumn("Strings B/article", "User-string heap (C# string literals) per article", s => s.UserStringBytesPerArticle));
            AddColumn(new EmittedSizeColumn("CS8103 near", "Articles like these that would fill the 16 MB user-string heap", s => s.ArticlesToStringLimit));
        }
    }
}
