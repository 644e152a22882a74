using System;
using System.IO;

namespace Corpus.Benchmarks.Infrastructure;

/// <summary>
/// Where benches keep what is expensive to make and the same every time (synthesized folders, compiled
/// corpora), so each BenchmarkDotNet child process sets up in seconds. Override with CORPUS_BENCH_CACHE.
/// </summary>
internal static class BenchPaths
{
    public static string Cache { get; } = Directory.CreateDirectory(
        Environment.GetEnvironmentVariable("CORPUS_BENCH_CACHE") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Path.GetTempPath(), "corpus-bench")).FullName;

    public static string Combine(string name) => Path.Combine(Cache, name);
}
