using System.Linq;
using Corpus.Generator.Tests.Infrastructure;
using Corpus.Synthesis;

namespace Corpus.Generator.Tests.Scale;

/// <summary>Synthesized articles as the package's targets would declare them (<c>articles/*.txt</c>).</summary>
internal static class SynthesizedCorpus
{
    public const int Seed = 20100612;

    public static TestArticle[] Articles(int count, int seed = Seed)
    {
        var synthesizer = new ArticleSynthesizer(seed);
        return Enumerable.Range(0, count)
            .Select(i => synthesizer.Write(i))
            .Select(a => TestArticle.Corpus("articles/" + a.FileName, a.Text))
            .ToArray();
    }
}
