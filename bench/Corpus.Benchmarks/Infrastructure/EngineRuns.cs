using System.Linq;
using Corpus.Extraction;
using Corpus.Extraction.Model;

namespace Corpus.Benchmarks.Infrastructure;

/// <summary>The engine over synthesized articles, as the generator's extraction step runs it: one article after another.</summary>
internal static class EngineRuns
{
    public static (string Path, string Text)[] Articles(int count) =>
        BenchCorpus.Articles(count).Select(a => (a.Path, a.Text)).ToArray();

    /// <summary>Reads every article; the sentence count it returns keeps the work from being optimized away.</summary>
    public static int ReadAll((string Path, string Text)[] articles)
    {
        var sentences = 0;
        foreach (var (path, text) in articles)
        {
            sentences += ArticleReader.Read(path, text, ArticleMetadata.None).Sentences.Count;
        }
        return sentences;
    }
}
