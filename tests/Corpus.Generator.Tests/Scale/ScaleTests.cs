using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator.Tests.Scale;

/// <summary>
/// Guard rails for large corpora, without timing anything. A corpus past the point where article text as
/// string literals failed (CS8103 near 1,800 articles) compiles, emits and runs; and the limits a bigger
/// corpus would hit are projected from it to 20,000 articles: the 16 MB user-string heap and the 65,535
/// methods the runtime loads per type. Order of the AdditionalFiles changes nothing.
/// </summary>
public class ScaleTests : IClassFixture<LargeCorpus>
{
    private const int TargetCorpus = 20000;
    private const long UserStringHeapLimit = 1 << 24;
    private const int MaxMethodsPerType = ushort.MaxValue;

    private readonly LargeCorpus _corpus;

    public ScaleTests(LargeCorpus corpus) => _corpus = corpus;

    [Fact]
    public void ACorpusPastTheStringLiteralCliffCompilesAndEmits()
    {
        Assert.Empty(_corpus.Harness.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.True(_corpus.Emitted.Success, string.Join("\n", Errors(_corpus.Emitted.Diagnostics).Take(10)));
        Assert.Empty(Errors(_corpus.Emitted.Diagnostics));
    }

    [Fact]
    public void ItsStringLiteralsWouldStillFitAt20000Articles()
    {
        // Whatever the generator writes as string literals (names, titles, paths, speakers) shares one
        // 16 MB heap with the consumer's own strings: 20,000 articles must fit with a quarter to spare.
        var perArticle = (double)Metadata().GetHeapSize(HeapIndex.UserString) / LargeCorpus.Articles;
        Assert.True(perArticle * TargetCorpus < UserStringHeapLimit * 3 / 4,
            $"The generated code uses {perArticle:N0} bytes of string literals per article: {TargetCorpus:N0} articles would use " +
            $"{perArticle * TargetCorpus / (1 << 20):N1} MB of the {UserStringHeapLimit / (1 << 20)} MB user-string heap (CS8103 when full).");
    }

    /// <summary>
    /// The runtime refuses to load a type with more than 65,535 methods (TypeLoadException: "contains more
    /// methods than the current implementation allows"), and the compiler says nothing. The named members of
    /// the lists are spread over parts as they grow (<see cref="ListPartsAt20000ArticlesTests"/>); every other
    /// generated type whose methods grow with the corpus must stay under the limit at 20,000 articles.
    /// </summary>
    [Fact]
    public void NoGeneratedTypeWouldOutgrowTheRuntimeAt20000Articles()
    {
        var metadata = Metadata();
        var types = metadata.TypeDefinitions
            .Select(handle => metadata.GetTypeDefinition(handle))
            .Select(type => (Name: metadata.GetString(type.Name), Methods: type.GetMethods().Count))
            .ToList();
        var lists = types.Where(t => IsSplitList(t.Name)).ToList();
        Assert.NotEmpty(lists);
        Assert.All(lists, list => Assert.True(list.Methods < 2 * Naming.ListParts.MembersPerPart, $"{list.Name}: {list.Methods:N0} methods"));

        var tooBig = types
            .Where(type => !IsSplitList(type.Name))
            .Select(type => (type.Name, type.Methods, At20000: (long)type.Methods * TargetCorpus / LargeCorpus.Articles))
            .Where(type => type.At20000 > MaxMethodsPerType)
            .ToList();
        Assert.True(tooBig.Count == 0,
            $"At {TargetCorpus:N0} articles these generated types would have more methods than the runtime loads ({MaxMethodsPerType:N0}): " +
            string.Join(", ", tooBig.Select(t => $"{t.Name} ({t.Methods:N0} methods at {LargeCorpus.Articles:N0} articles, about {t.At20000:N0} at {TargetCorpus:N0})")));
    }

    /// <summary>
    /// Data is kept as string constants, not <c>u8</c> literals. The compiler gives every distinct size of
    /// <c>u8</c> data a type of its own, which the runtime loads on the first read of any (1.6 ms at 10,000
    /// articles), and spends a node per byte on it: a corpus's data makes no such type.
    /// </summary>
    [Fact]
    public void ItsDataMakesNoTypes()
    {
        var metadata = Metadata();
        var sizes = metadata.TypeDefinitions.Select(metadata.GetTypeDefinition)
            .Where(t => metadata.GetString(t.Name) == "<PrivateImplementationDetails>")
            .SelectMany(t => t.GetNestedTypes().Select(metadata.GetTypeDefinition))
            .Select(t => metadata.GetString(t.Name))
            .Where(name => name.StartsWith("__StaticArrayInitTypeSize=", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(sizes);
    }

    private static bool IsSplitList(string name) =>
        name is "FigureList" or "QuoteList" or "PersonList"
        || System.Text.RegularExpressions.Regex.IsMatch(name, "^(Figures|Quotes|People)[0-9]+$");

    [Fact]
    public void ItRuns()
    {
        Assert.True(_corpus.Emitted.Success);
        var context = new AssemblyLoadContext("scale-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(_corpus.Image));
            var type = assembly.GetType("Consumer.Articles", throwOnError: true)!;
            var all = (IReadOnlyList<global::Corpus.Article>)type.GetProperty("All")!.GetValue(null)!;

            Assert.Equal(LargeCorpus.Articles, all.Count);
            var last = all[all.Count - 1];
            Assert.NotEmpty(last.Text);
            Assert.NotEmpty(last.Sentences);
            Assert.Contains(all.Take(20), article => article.Quotes.Count > 0);
            Assert.Contains(all.Take(20), article => article.Figures.Count > 0);
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void OutputIsIdenticalWhateverTheOrderOfSynthesizedArticles()
    {
        var articles = SynthesizedCorpus.Articles(300);
        var shuffled = articles.OrderBy(a => Hash(a.Path)).ToArray();

        var forward = Sources(new GeneratorHarness(articles).Run());
        Assert.Equal(forward, Sources(new GeneratorHarness(articles.Reverse()).Run()));
        Assert.Equal(forward, Sources(new GeneratorHarness(shuffled).Run()));
    }

    private MetadataReader Metadata() => new PEReader(new MemoryStream(_corpus.Image)).GetMetadataReader();

    private static IEnumerable<Diagnostic> Errors(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

    private static (string HintName, string Text)[] Sources(GeneratorRunResult result) =>
        result.GeneratedSources
            .Select(s => (s.HintName, Text: s.SourceText.ToString()))
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .Concat(new[] { ("(diagnostics)", DiagnosticText.Of(result.Diagnostics)) })
            .ToArray();

    // A fixed shuffle that is neither path order nor its reverse (string.GetHashCode is randomized per process).
    private static uint Hash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text) hash = unchecked((hash ^ c) * 16777619u);
        return hash;
    }
}
