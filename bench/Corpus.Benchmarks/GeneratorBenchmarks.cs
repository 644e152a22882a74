using System;
using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Corpus.Benchmarks.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Benchmarks;

/// <summary>
/// The generator through <see cref="Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver"/>, as csc and the
/// IDE run it: a full run (every file new to the driver: decode, extract, name, emit, parse the output),
/// then, from a warm driver, a run after editing one article and a run after editing a C# file. The
/// Ratio column is each against the full run. Targets: full run at 10,000 at most 2 s; an article edit at
/// most 2 % and a C# edit at most 1 % of the full run at 1,000, with no extraction re-run.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private ConsumerProject _project = null!;
    private GeneratorDriver _warm = null!;
    private AdditionalText _original = null!;
    private byte[] _edited = Array.Empty<byte>();
    private SyntaxTree _csharpEdit = null!;

    [Params(1000, 10000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        Console.WriteLine("// " + IncrementalityCheck.Run(Articles));
        _project = new ConsumerProject(BenchCorpus.Articles(Articles));
        var files = _project.FreshFiles();
        _warm = _project.Run(_project.NewDriver(files), _project.Compilation, out _);
        _original = files[Articles / 2 + 17];
        _edited = ConsumerProject.Edited(_project.Articles[Articles / 2 + 17]);
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

    [Benchmark(Description = "Re-run after editing a C# file")]
    public Compilation EditCSharpFile()
    {
        _project.Run(_warm, _project.Compilation.AddSyntaxTrees(_csharpEdit), out var output);
        return output;
    }
}
