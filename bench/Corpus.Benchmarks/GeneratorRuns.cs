using System;
using BenchmarkDotNet.Attributes;
using Corpus.Benchmarks.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Benchmarks;

/// <summary>
/// The generator through <see cref="CSharpGeneratorDriver"/>, as csc and the IDE run it: a full run (every
/// file new to the driver: decode, extract, name, emit, parse the output), then, from a warm driver, a
/// run after editing one article (a sentence that changes no name), after adding a quote to one (names,
/// people and the index change) and after editing a C# file. The Ratio column is each against the
/// full run. <see cref="GeneratorBenchmarks"/> and <see cref="GeneratorScaleBenchmarks"/> choose the size and job.
/// </summary>
public abstract class GeneratorRuns
{
    private ConsumerProject _project = null!;
    private GeneratorDriver _warm = null!;
    private AdditionalText _original = null!;
    private byte[] _edited = Array.Empty<byte>();
    private byte[] _quoteAdded = Array.Empty<byte>();
    private SyntaxTree _csharpEdit = null!;

    protected abstract int Count { get; }

    /// <summary>Confirms with step tracking which steps the edits re-run; costs one more full run.</summary>
    protected abstract bool CheckIncrementality { get; }

    [GlobalSetup]
    public void Setup()
    {
        if (CheckIncrementality) Console.WriteLine("// " + IncrementalityCheck.Run(Count));
        _project = new ConsumerProject(BenchCorpus.Articles(Count));
        var files = _project.FreshFiles();
        _warm = _project.Run(_project.NewDriver(files), _project.Compilation, out _);
        _original = files[Count / 2 + 17];
        _edited = ConsumerProject.Edited(_project.Articles[Count / 2 + 17]);
        _quoteAdded = ConsumerProject.EditedWithAQuote(_project.Articles[Count / 2 + 17]);
        _csharpEdit = CSharpSyntaxTree.ParseText("namespace Consumer { public static class Edited { public static int Value => 42; } }", ConsumerProject.ParseOptions, path: "Edited.cs");
    }

    [Benchmark(Baseline = true, Description = "Full run")]
    public Compilation FullRun()
    {
        _project.Run(_project.NewDriver(_project.FreshFiles()), _project.Compilation, out var output);
        return output;
    }

    [Benchmark(Description = "Re-run after editing one article")]
    public Compilation EditOneArticle()
    {
        var driver = _warm.ReplaceAdditionalText(_original, new BenchArticle(_original.Path, _edited));
        _project.Run(driver, _project.Compilation, out var output);
        return output;
    }

    // Quote names and the people change: their two naming steps run over the whole corpus, and the index is made again.
    [Benchmark(Description = "Re-run after adding a quote to one article")]
    public Compilation AddAQuoteToOneArticle()
    {
        var driver = _warm.ReplaceAdditionalText(_original, new BenchArticle(_original.Path, _quoteAdded));
        _project.Run(driver, _project.Compilation, out var output);
        return output;
    }

    [Benchmark(Description = "Re-run after editing a C# file")]
    public Compilation EditCSharpFile()
    {
        _project.Run(_warm, _project.Compilation.AddSyntaxTrees(_csharpEdit), out var output);
        return output;
    }
}
