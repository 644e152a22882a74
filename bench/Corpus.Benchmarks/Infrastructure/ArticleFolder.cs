using System.IO;
using System.Linq;
using Corpus.Synthesis;

namespace Corpus.Benchmarks.Infrastructure;

/// <summary>The bench corpus as files on disk, for the code a user would write without Corpus: read a folder, run the engine.</summary>
internal static class ArticleFolder
{
    public static string Of(int count)
    {
        var folder = BenchPaths.Combine($"articles-{BenchCorpus.Seed}-{count}");
        if (!Directory.Exists(folder) || Directory.EnumerateFiles(folder, "*.txt").Count() != count)
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            var temporary = folder + ".tmp";
            if (Directory.Exists(temporary)) Directory.Delete(temporary, recursive: true);
            new ArticleSynthesizer(BenchCorpus.Seed).WriteFiles(temporary, count);
            Directory.Move(temporary, folder);
        }
        return folder;
    }
}
