using System;
using System.Globalization;
using System.IO;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Corpus.Synthesis;

namespace Corpus.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/Corpus.Benchmarks -- --filter '*'</c> runs every bench;
/// <c>-- synthesize &lt;folder&gt; &lt;count&gt; [seed]</c> writes synthesized articles (bench/consumer-build uses it).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "synthesize") return Synthesize(args);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, Config());
        return 0;
    }

    // With CORPUS_ARTIFACTS set (as for every build of this tree), results go beside the other build
    // output instead of into the working directory.
    private static IConfig Config()
    {
        var config = DefaultConfig.Instance;
        var artifacts = Environment.GetEnvironmentVariable("CORPUS_ARTIFACTS");
        return string.IsNullOrEmpty(artifacts) ? config : config.WithArtifactsPath(Path.Combine(artifacts, "benchmarks"));
    }

    private static int Synthesize(string[] args)
    {
        if (args.Length < 3 || !int.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            Console.Error.WriteLine("usage: synthesize <folder> <count> [seed]");
            return 2;
        }
        var seed = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : Infrastructure.BenchCorpus.Seed;
        var paths = new ArticleSynthesizer(seed).WriteFiles(args[1], count);
        Console.WriteLine($"{paths.Count} articles written to {args[1]} (seed {seed})");
        return 0;
    }
}
