using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator.Tests.Scale;

/// <summary>
/// Guard rails for large corpora, without timing anything: a corpus past the point where article text
/// as string literals fails (CS8103 near 1,800 articles) still compiles and emits, its string literals
/// stay far from the 16 MB limit at 20,000 articles, and its output does not depend on file order.
/// </summary>
public class ScaleTests
{
    private const int LargeCorpus = 2000;
    private const int TargetCorpus = 20000;
    private const long UserStringHeapLimit = 1 << 24;

    [Fact]
    public void ACorpusPastTheStringLiteralCliffCompilesAndEmits()
    {
        var articles = SynthesizedCorpus.Articles(LargeCorpus);
        var harness = new GeneratorHarness(articles);
        harness.Run();

        Assert.Empty(harness.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        // CS8103 is only reported when the assembly is written, so emit it, text and all, as a build would.
        var resources = articles.Select(a =>
        {
            var bytes = Encoding.UTF8.GetBytes(a.GetText()!.ToString());
            return new ResourceDescription(a.Metadata["CorpusResource"], () => new MemoryStream(bytes), isPublic: true);
        });
        using var image = new MemoryStream();
        var emitted = harness.Output.Emit(image, manifestResources: resources);

        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        Assert.Empty(emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));

        // Whatever the generator writes as string literals (names, titles, paths, speakers) shares one
        // 16 MB heap with the consumer's own strings: 20,000 articles must fit with a quarter to spare.
        image.Position = 0;
        using var pe = new PEReader(image);
        var perArticle = (double)pe.GetMetadataReader().GetHeapSize(HeapIndex.UserString) / LargeCorpus;
        Assert.True(perArticle * TargetCorpus < UserStringHeapLimit * 3 / 4,
            $"The generated code uses {perArticle:N0} bytes of string literals per article: {TargetCorpus:N0} articles would use " +
            $"{perArticle * TargetCorpus / (1 << 20):N1} MB of the {UserStringHeapLimit / (1 << 20)} MB user-string heap (CS8103 when full).");
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

    private static (string HintName, string Text)[] Sources(GeneratorRunResult result) =>
        result.GeneratedSources
            .Select(s => (s.HintName, Text: s.SourceText.ToString()))
            .OrderBy(s => s.HintName, System.StringComparer.Ordinal)
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
