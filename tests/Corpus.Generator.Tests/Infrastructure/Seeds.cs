using System.IO;
using System.Linq;
using Corpus.Testing;

namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>The repository's seed articles as the package's targets would declare them (<c>seeds/*.txt</c>).</summary>
internal static class Seeds
{
    public static TestArticle[] Articles() =>
        Directory.EnumerateFiles(RepoPaths.Seeds, "*.txt")
            .OrderBy(path => path, System.StringComparer.Ordinal)
            .Select(path => TestArticle.Corpus("seeds/" + Path.GetFileName(path), File.ReadAllText(path)))
            .ToArray();
}
