using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using System.Text;
using Corpus.Extraction.Text;
using Corpus.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Fuzz.Checks;

/// <summary>
/// Runs the generator the way the compiler does (<see cref="CSharpGeneratorDriver"/>) over a few fuzzed
/// articles and one good one, and checks the promises that hold at build level: nothing escapes the
/// generator, every diagnostic is located in its article where the compiler counts lines, the good
/// article is always generated, the generated code compiles without a warning, and (for a sample) the
/// compiled corpus gives back each article's text exactly.
/// </summary>
public static class GeneratorCheck
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Append(typeof(global::Corpus.Article).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray());

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static List<string> Run(IReadOnlyList<string> fuzzedTexts, string goodText, bool load)
    {
        var problems = new List<string>();
        // Each text is saved as a file and read back as the compiler reads it: a lone surrogate cannot
        // survive in a file, and the runtime decodes the same bytes.
        var articles = fuzzedTexts
            .Select((text, i) => File($"fuzz/case-{i}.txt", text))
            .Append(File("fuzz/good.txt", goodText))
            .ToList();

        var compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText("namespace Consumer { public static class Program { } }", ParseOptions, path: "Program.cs") },
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator() }, articles, ParseOptions, new FuzzOptions(articles));

        Compilation output;
        ImmutableArray<Diagnostic> driverDiagnostics;
        try
        {
            driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out output, out driverDiagnostics);
        }
        catch (Exception exception)
        {
            problems.Add("the generator driver threw " + exception);
            return problems;
        }

        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is { } thrown) problems.Add("the generator threw " + thrown);
        foreach (var diagnostic in driverDiagnostics.Concat(result.Diagnostics).Distinct())
        {
            CheckDiagnostic(diagnostic, articles, problems);
        }

        var hints = result.GeneratedSources.Select(s => s.HintName).ToList();
        if (hints.Count != hints.Distinct(StringComparer.OrdinalIgnoreCase).Count()) problems.Add("duplicate hint names");
        if (!hints.Contains("Fuzz.Good.g.cs")) problems.Add("the good article was not generated");
        var unreadable = result.Diagnostics.Count(d => d.Id == "CORPUS001");
        if (hints.Count != articles.Count + 1 - unreadable) problems.Add($"{hints.Count} sources for {articles.Count} articles ({unreadable} unreadable)");

        foreach (var problem in output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Take(5))
        {
            problems.Add("generated code does not compile cleanly: " + problem);
        }

        if (load && problems.Count == 0 && unreadable == 0) Load(output, articles, problems);
        return problems;
    }

    private static FuzzArticle File(string path, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return new FuzzArticle(path, ArticleDecoder.Decode(bytes).Text, bytes);
    }

    private static void CheckDiagnostic(Diagnostic diagnostic, List<FuzzArticle> articles, List<string> problems)
    {
        if (diagnostic.Id is "CS8784" or "CS8785" || diagnostic.Id.StartsWith("CORPUS9", StringComparison.Ordinal))
        {
            problems.Add("internal failure: " + diagnostic);
            return;
        }
        if (!diagnostic.Id.StartsWith("CORPUS", StringComparison.Ordinal)) return;

        var span = diagnostic.Location.GetLineSpan();
        var article = articles.FirstOrDefault(a => a.Path == span.Path);
        if (article is null)
        {
            problems.Add($"{diagnostic.Id} is not located in an article: {diagnostic}");
            return;
        }
        var text = article.GetText()!;
        var range = diagnostic.Location.SourceSpan;
        if (range.End > text.Length)
        {
            problems.Add($"{diagnostic.Id} span {range} past the end of {article.ProjectPath} ({text.Length})");
            return;
        }
        if (text.Lines.GetLinePosition(range.Start) != span.StartLinePosition || text.Lines.GetLinePosition(range.End) != span.EndLinePosition)
        {
            problems.Add($"{diagnostic.Id} at {range} says {span.StartLinePosition}-{span.EndLinePosition}, the compiler counts " +
                $"{text.Lines.GetLinePosition(range.Start)}-{text.Lines.GetLinePosition(range.End)}");
        }
    }

    private static void Load(Compilation output, List<FuzzArticle> articles, List<string> problems)
    {
        using var image = new MemoryStream();
        var resources = articles.Select(a => new ResourceDescription(a.Resource, () => new MemoryStream(a.Bytes), isPublic: true));
        var emitted = output.Emit(image, manifestResources: resources);
        if (!emitted.Success)
        {
            problems.Add("emit failed: " + string.Join("; ", emitted.Diagnostics.Take(3)));
            return;
        }

        var context = new AssemblyLoadContext("fuzz-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        try
        {
            image.Position = 0;
            var all = (IReadOnlyList<global::Corpus.Article>)context.LoadFromStream(image)
                .GetType("Consumer.Fuzz", throwOnError: true)!.GetProperty("All")!.GetValue(null)!;
            if (all.Count != articles.Count) problems.Add($"All has {all.Count} articles, {articles.Count} expected");
            foreach (var article in all)
            {
                var file = articles.Single(a => a.ProjectPath == article.Path);
                if (article.Text != file.GetText()!.ToString()) problems.Add($"{article.Path}: Text is not the text the compiler read");
                // Every span the user can ask for must cut cleanly out of the text.
                _ = article.Paragraphs.Select(p => p.Text).Concat(article.Sentences.Select(s => s.Text))
                    .Concat(article.Quotes.Select(q => q.Text)).Concat(article.Figures.Select(f => f.Text)).Count();
                _ = article.GetLinePosition(article.Text.Length);
            }
        }
        catch (Exception exception)
        {
            problems.Add("the compiled corpus threw " + exception);
        }
        finally
        {
            context.Unload();
        }
    }
}
