using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>Runs the generator through <see cref="CSharpGeneratorDriver"/> the way the compiler does, with step tracking on.</summary>
internal sealed class GeneratorHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal)
                || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll");
        return platform
            .Append(typeof(global::Corpus.Article).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    });

    /// <param name="trackSteps">
    /// Whether the driver records each step's outputs, as the caching tests need. Roslyn 4.14's tracking
    /// can lose an output after a file is removed (an article's file goes missing once a build property
    /// changes), which csc and the IDE, running without it, never do: a test of what is generated after
    /// such edits runs without it.
    /// </param>
    public GeneratorHarness(IEnumerable<AdditionalText> files, IReadOnlyDictionary<string, string>? properties = null, LanguageVersion languageVersion = LanguageVersion.Latest, bool trackSteps = true)
    {
        Options = new TestOptionsProvider(properties ?? new Dictionary<string, string> { ["RootNamespace"] = "Consumer" });
        Files = files.ToList();
        foreach (var file in Files.OfType<TestArticle>()) Options.Add(file.Path, file.Metadata);
        ParseOptions = new CSharpParseOptions(languageVersion);
        Compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText("namespace Consumer { public static class Program { } }", ParseOptions, path: "Program.cs") },
            References.Value,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: languageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable));
        Driver = CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator() },
            Files,
            ParseOptions,
            Options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    public TestOptionsProvider Options { get; private set; }

    public List<AdditionalText> Files { get; }

    public CSharpParseOptions ParseOptions { get; }

    public Compilation Compilation { get; private set; }

    public GeneratorDriver Driver { get; private set; }

    public Compilation Output { get; private set; } = null!;

    public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; private set; }

    public GeneratorRunResult Run()
    {
        Driver = Driver.RunGeneratorsAndUpdateCompilation(Compilation, out var output, out var diagnostics);
        Output = output;
        GeneratorDiagnostics = diagnostics;
        return Driver.GetRunResult().Results.Single();
    }

    public void Replace(AdditionalText old, AdditionalText replacement)
    {
        if (replacement is TestArticle article) Options.Add(article.Path, article.Metadata);
        Files[Files.IndexOf(old)] = replacement;
        Driver = Driver.ReplaceAdditionalText(old, replacement);
    }

    public void Add(AdditionalText file)
    {
        if (file is TestArticle article) Options.Add(article.Path, article.Metadata);
        Files.Add(file);
        Driver = Driver.AddAdditionalTexts(ImmutableArray.Create(file));
    }

    public void Remove(AdditionalText file)
    {
        Files.Remove(file);
        Driver = Driver.RemoveAdditionalTexts(ImmutableArray.Create(file));
    }

    public void SetProperties(IReadOnlyDictionary<string, string> properties)
    {
        Options = Options.WithGlobal(properties);
        Driver = Driver.WithUpdatedAnalyzerConfigOptions(Options);
    }

    /// <summary>Puts <paramref name="replacement"/> in the place of a tree of the last run's output.</summary>
    public void ReplaceOutputTree(SyntaxTree original, SyntaxTree replacement)
    {
        Output = Output.ReplaceSyntaxTree(original, replacement);
    }

    public void AddCSharp(string source, string path)
    {
        Compilation = Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, ParseOptions, path: path));
    }

    /// <summary>
    /// Errors and warnings of the compilation with the generated code, as a user's build would show them,
    /// and with nullable warnings on in the generated code too: it turns them off for the compiler's sake,
    /// so the tests analyze it as strictly as the rest.
    /// </summary>
    public ImmutableArray<Diagnostic> CompilationProblems() => CompilationProblems(Output, ParseOptions);

    /// <inheritdoc cref="CompilationProblems()"/>
    public static ImmutableArray<Diagnostic> CompilationProblems(Compilation output, CSharpParseOptions parseOptions) =>
        WithNullableWarnings(output, parseOptions).GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();

    private static Compilation WithNullableWarnings(Compilation output, CSharpParseOptions parseOptions)
    {
        var relaxed = string.Join("\n", Corpus.Generator.Emitting.SourceFile.NullableDirectives) + "\n";
        foreach (var tree in output.SyntaxTrees.ToList())
        {
            var text = tree.GetText().ToString();
            if (!text.Contains(relaxed)) continue;
            output = output.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(text.Replace(relaxed, "#nullable enable\n"), parseOptions, tree.FilePath));
        }
        return output;
    }

    public static string Source(GeneratorRunResult result, string hintName) =>
        result.GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();
}
