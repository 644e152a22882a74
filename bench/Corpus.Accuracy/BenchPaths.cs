using System;
using System.IO;

namespace Corpus.Accuracy;

/// <summary>Where the repository is (the folder holding Corpus.sln) and the shared suites beside it.</summary>
internal static class BenchPaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Suites => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "bench"));

    public static string DeliberateDifferences => Path.Combine(RepoRoot, "bench", "Corpus.Accuracy", "deliberate-differences.tsv");

    private static string FindRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Corpus.sln"))) return dir.FullName;
            }
        }
        throw new InvalidOperationException("Run the bench from inside the repository: no Corpus.sln above the current directory.");
    }
}
