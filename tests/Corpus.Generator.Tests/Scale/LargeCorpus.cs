using System.IO;
using System.Linq;
using System.Text;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;

namespace Corpus.Generator.Tests.Scale;

/// <summary>
/// A 2,000-article synthesized corpus, generated and emitted once for all the scale tests (it is the
/// expensive part): past the 1,800 articles where text as string literals stopped compiling (CS8103).
/// </summary>
public sealed class LargeCorpus
{
    public const int Articles = 2000;

    public LargeCorpus()
    {
        Harness = new GeneratorHarness(SynthesizedCorpus.Articles(Articles));
        Harness.Run();

        // CS8103 is only reported when the assembly is written, so emit it, text and all, as a build would.
        var resources = Harness.Files.OfType<TestArticle>().Select(a =>
        {
            var bytes = Encoding.UTF8.GetBytes(a.GetText()!.ToString());
            return new ResourceDescription(a.Metadata["CorpusResource"], () => new MemoryStream(bytes), isPublic: true);
        });
        using var image = new MemoryStream();
        Emitted = Harness.Output.Emit(image, manifestResources: resources);
        Image = image.ToArray();
    }

    internal GeneratorHarness Harness { get; }

    public EmitResult Emitted { get; }

    public byte[] Image { get; }
}
