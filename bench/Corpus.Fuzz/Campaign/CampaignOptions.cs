using System;
using System.Globalization;

namespace Corpus.Fuzz.Campaign;

/// <summary>The command line: <c>--seed S --count N [--case I] [--generator-every K] [--minutes M] [--findings DIR]</c>.</summary>
public sealed record CampaignOptions(
    int Seed,
    long Count,
    long? Case,
    int GeneratorEvery,
    int LoadEvery,
    double? Minutes,
    string? FindingsDirectory)
{
    public const string Usage =
        "usage: Corpus.Fuzz --seed <int> --count <cases> [--case <index>] [--generator-every <cases>] [--load-every <generator runs>] [--minutes <limit>] [--findings <dir>]";

    public static CampaignOptions Parse(string[] args)
    {
        int seed = 1, generatorEvery = 2000, loadEvery = 10;
        long count = 10_000;
        long? single = null;
        double? minutes = null;
        string? findings = null;
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.\n{Usage}");
            switch (args[i])
            {
                case "--seed": seed = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--count": count = long.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--case": single = long.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--generator-every": generatorEvery = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--load-every": loadEvery = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--minutes": minutes = double.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--findings": findings = Value(); break;
                default: throw new ArgumentException($"Unknown option {args[i]}.\n{Usage}");
            }
        }
        if (count < 0 || generatorEvery < 0 || loadEvery < 0) throw new ArgumentException(Usage);
        return new CampaignOptions(seed, count, single, generatorEvery, loadEvery, minutes, findings);
    }
}
