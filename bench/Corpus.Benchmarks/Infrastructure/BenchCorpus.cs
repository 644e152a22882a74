using System.Collections.Concurrent;
using System.Linq;
using System.Text;
using Corpus.Synthesis;

namespace Corpus.Benchmarks.Infrastructure;

/// <summary>One synthesized article as a project would hold it: its path in the project, its text and its file bytes.</summary>
internal sealed record SynthesizedArticle(string Path, string Text, byte[] Bytes);

/// <summary>
/// The corpora every bench uses: articles 0..N-1 of one fixed seed, so all benches (and the consumer
/// build script) measure the same text, and the host can recompute a workload's size without running it.
/// </summary>
internal static class BenchCorpus
{
    public const int Seed = 20100612;

    private static readonly ConcurrentDictionary<int, SynthesizedArticle[]> Cache = new();

    public static SynthesizedArticle[] Articles(int count) => Cache.GetOrAdd(count, static n =>
    {
        var synthesizer = new ArticleSynthesizer(Seed);
        var utf8 = new UTF8Encoding(false);
        return Enumerable.Range(0, n)
            .Select(i => synthesizer.Write(i))
            .Select(a => new SynthesizedArticle("articles/" + a.FileName, a.Text, utf8.GetBytes(a.Text)))
            .ToArray();
    });

    public static long Bytes(int count) => Articles(count).Sum(a => (long)a.Bytes.Length);
}
