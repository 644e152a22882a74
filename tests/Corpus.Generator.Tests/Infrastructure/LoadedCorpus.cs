using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>
/// Emits the generated compilation with the articles embedded as the package's targets would embed
/// them, loads it, and hands back a corpus class's <c>All</c>: the generated code, run for real.
/// </summary>
internal static class LoadedCorpus
{
    public static IReadOnlyList<global::Corpus.Article> All(GeneratorHarness harness, string corpusType, Func<TestArticle, byte[]>? bytes = null) =>
        (IReadOnlyList<global::Corpus.Article>)Type(harness, corpusType, bytes).GetProperty("All")!.GetValue(null)!;

    /// <summary>The corpus class, loaded: for its other members (<c>Quotes</c>, <c>Figures</c>, <c>People</c>).</summary>
    public static Type Type(GeneratorHarness harness, string corpusType, Func<TestArticle, byte[]>? bytes = null)
    {
        var resources = harness.Files.OfType<TestArticle>()
            .Where(a => a.Metadata.ContainsKey("CorpusResource"))
            .Select(a =>
            {
                var content = bytes?.Invoke(a) ?? Encoding.UTF8.GetBytes(a.GetText()!.ToString());
                return new ResourceDescription(a.Metadata["CorpusResource"], () => new MemoryStream(content), isPublic: true);
            })
            .ToList();

        using var image = new MemoryStream();
        var emitted = harness.Output.Emit(image, manifestResources: resources);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        image.Position = 0;

        var context = new AssemblyLoadContext("corpus-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        var assembly = context.LoadFromStream(image);
        return assembly.GetType(corpusType, throwOnError: true)!;
    }
}
