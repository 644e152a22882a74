using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Corpus.Testing;

/// <summary>Where the repository and ../shared are, recorded at build time (bin/ may live anywhere).</summary>
internal static class RepoPaths
{
    public static string Root { get; } = Path.GetFullPath(
        typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "CorpusRepoRoot").Value
        ?? throw new InvalidOperationException("CorpusRepoRoot metadata is missing."));

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Seed(string prefix) =>
        Directory.EnumerateFiles(Seeds, prefix + "*.txt").Single();
}
