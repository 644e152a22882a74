using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Corpus.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Benchmarks.Infrastructure;

/// <summary>
/// A consumer project in memory, as csc sees it: one C# file, the runtime library referenced, the
/// articles as AdditionalFiles with their CorpusArticle metadata, and the generator run through
/// <see cref="CSharpGeneratorDriver"/> (the minimal setup of the tests' GeneratorHarness).
/// </summary>
internal sealed class ConsumerProject
{
    public const string RootNamespace = "Consumer";

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal)
                || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Append(typeof(global::Corpus.Article).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray());

    public ConsumerProject(IReadOnlyList<SynthesizedArticle> articles, bool trackSteps = false)
    {
        Articles = articles;
        TrackSteps = trackSteps;
        Options = new BenchOptionsProvider(RootNamespace);
        foreach (var article in articles) Options.AddArticle(FullPath(article), article.Path);
        Compilation = CSharpCompilation.Create(
            RootNamespace,
            new[] { CSharpSyntaxTree.ParseText("namespace Consumer { public static class Program { } }", ParseOptions, path: "Program.cs") },
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));
    }

    /// <summary>
    /// What csc gets in an SDK project that does not generate an XML documentation file (the default):
    /// no /doc, so doc comments are trivia, not parsed. The tests' harness parses them; a build does not.
    /// </summary>
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest, DocumentationMode.None);

    public IReadOnlyList<SynthesizedArticle> Articles { get; }

    public bool TrackSteps { get; }

    public BenchOptionsProvider Options { get; }

    public CSharpCompilation Compilation { get; }

    public static string FullPath(SynthesizedArticle article) => "/project/" + article.Path;

    /// <summary>Fresh AdditionalText objects: to the driver, files it has never read.</summary>
    public ImmutableArray<AdditionalText> FreshFiles() =>
        Articles.Select(a => (AdditionalText)new BenchArticle(FullPath(a), a.Bytes)).ToImmutableArray();

    /// <summary>A driver that has seen nothing yet: running it is a full (cold) generator run.</summary>
    public GeneratorDriver NewDriver(ImmutableArray<AdditionalText> files) =>
        CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator() },
            files,
            ParseOptions,
            Options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: TrackSteps));

    /// <summary>Runs the generator and adds its output to the compilation, as csc does before binding.</summary>
    public GeneratorDriver Run(GeneratorDriver driver, Compilation compilation, out Compilation output)
    {
        var ran = driver.RunGeneratorsAndUpdateCompilation(compilation, out output, out var diagnostics);
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0) throw new InvalidOperationException("The generator failed: " + string.Join("\n", errors.Take(5)));
        return ran;
    }

    /// <summary>
    /// The text of an article with a paragraph added at its end: a quote by someone no article quotes yet,
    /// so the article's quote names, the corpus's people and the index all change.
    /// </summary>
    public static byte[] EditedWithAQuote(SynthesizedArticle article) =>
        new System.Text.UTF8Encoding(false).GetBytes(article.Text.TrimEnd('\n') +
            "\n\n\u201CWe will rebuild the market before the spring,\u201D said Anneliese Vandermolen, the deputy mayor.\n");

    /// <summary>The text of an article after a one-sentence edit in its body; no name changes.</summary>
    public static byte[] Edited(SynthesizedArticle article)
    {
        // After the first full stop that ends a sentence: never inside front matter, which has none.
        var text = article.Text;
        var at = text.IndexOf(". ", StringComparison.Ordinal) + 1;
        if (at <= 0) at = text.Length;
        var edited = text.Substring(0, at) + " The ministry did not comment." + text.Substring(at);
        return new System.Text.UTF8Encoding(false).GetBytes(edited);
    }
}
