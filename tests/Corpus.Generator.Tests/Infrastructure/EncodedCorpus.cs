using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>
/// <see cref="LoadedCorpus"/> for harnesses that hold <see cref="EncodedArticle"/>s: each file's own bytes
/// are embedded (a <see cref="TestArticle"/>'s text as UTF-8), the compiled corpus is loaded into its own
/// collectible context, and a corpus class's <c>All</c> is handed back.
/// </summary>
internal static class EncodedCorpus
{
    public static IReadOnlyList<global::Corpus.Article> All(GeneratorHarness harness, string corpusType) =>
        (IReadOnlyList<global::Corpus.Article>)Load(harness, corpusType).GetProperty("All")!.GetValue(null)!;

    /// <summary>The compiled corpus class itself, for tests that reach its named members.</summary>
    public static Type Load(GeneratorHarness harness, string corpusType)
    {
        var resources = new List<ResourceDescription>();
        foreach (var file in harness.Files)
        {
            switch (file)
            {
                case EncodedArticle encoded:
                    resources.Add(new ResourceDescription(encoded.Resource, () => new MemoryStream(encoded.Bytes), isPublic: true));
                    break;
                // An article with no text (a file that vanished) has nothing to embed.
                case TestArticle article when article.Metadata.TryGetValue("CorpusResource", out var resource) && article.GetText() is { } text:
                    var bytes = Encoding.UTF8.GetBytes(text.ToString());
                    resources.Add(new ResourceDescription(resource, () => new MemoryStream(bytes), isPublic: true));
                    break;
            }
        }

        using var image = new MemoryStream();
        var emitted = harness.Output.Emit(image, manifestResources: resources);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        image.Position = 0;

        var context = new AssemblyLoadContext("corpus-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        return context.LoadFromStream(image).GetType(corpusType, throwOnError: true)!;
    }
}
