using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Corpus.Extraction.Text;
using Corpus.Fuzz.Campaign;

namespace Corpus.Fuzz;

/// <summary>
/// The fuzz campaign's command line. Prints what ran (cases, origins, mutations, what the engine found)
/// and every finding, each with the <c>--case</c> that reproduces it; exits 1 if there was any.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        CampaignOptions options;
        try
        {
            options = CampaignOptions.Parse(args);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or OverflowException)
        {
            Console.Error.WriteLine(exception.Message);
            return 2;
        }

        var seeds = Directory.EnumerateFiles(Path.Combine(RepoRoot(), "seeds"), "*.txt")
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => ArticleDecoder.Decode(File.ReadAllBytes(path)).Text)
            .ToList();
        var campaign = new FuzzCampaign(options, seeds);

        var watch = Stopwatch.StartNew();
        Tally tally;
        if (options.Case is { } single)
        {
            tally = new Tally();
            campaign.RunCase(single, tally);
        }
        else
        {
            Console.WriteLine($"Corpus.Fuzz: seed {options.Seed}, {N(options.Count)} cases, generator every {N(options.GeneratorEvery)}, {Environment.ProcessorCount} workers");
            tally = campaign.Run(done => Console.WriteLine($"  {N(done)} cases after {watch.Elapsed:hh\\:mm\\:ss}"));
        }
        watch.Stop();

        Report(options, tally, campaign, watch.Elapsed);
        if (options.FindingsDirectory is { } directory) Save(directory, campaign);
        return campaign.Findings.Count == 0 ? 0 : 1;
    }

    private static void Report(CampaignOptions options, Tally tally, FuzzCampaign campaign, TimeSpan elapsed)
    {
        var cases = tally["cases"];
        Console.WriteLine();
        Console.WriteLine($"seed {options.Seed}: {N(cases)} cases in {elapsed:hh\\:mm\\:ss} ({N((long)(cases / Math.Max(elapsed.TotalSeconds, 0.001)))} cases/s)");
        Console.WriteLine($"  starts:     {Join(tally.Group("origin "))}");
        Console.WriteLine($"  mutations:  {Join(tally.Group("mutation "))}");
        Console.WriteLine($"  text:       {N(tally["characters"])} characters, longest {N(tally["max characters"])}");
        Console.WriteLine($"  read:       {N(tally["paragraphs"])} paragraphs, {N(tally["sentences"])} sentences, {N(tally["quotes"])} quotes, {N(tally["figures"])} figures");
        Console.WriteLine($"  findings:   {Join(tally.Group("finding "))}");
        Console.WriteLine($"  same input: {N(tally["determinism checks"])} cases read twice");
        Console.WriteLine($"  generator:  {N(tally["generator runs"])} runs of 4 articles, {N(tally["generator runs loaded"])} compiled corpora loaded and read back");
        Console.WriteLine();

        if (campaign.FindingCounts.Count == 0)
        {
            Console.WriteLine("no findings");
            return;
        }
        Console.WriteLine($"{N(campaign.FindingCounts.Values.Sum())} findings of {campaign.FindingCounts.Count} kinds:");
        foreach (var pair in campaign.FindingCounts.OrderByDescending(p => p.Value))
        {
            Console.WriteLine($"  {N(pair.Value)} x {pair.Key}");
        }
        Console.WriteLine();
        foreach (var finding in campaign.Findings.OrderBy(f => f.Case).Take(20))
        {
            Console.WriteLine($"--case {finding.Case} ({finding.Origin}; {finding.Mutations}): {finding.Kind}: {finding.Message}");
            Console.WriteLine($"  text ({finding.Text.Length} chars): {Escape(finding.Text.Length <= 300 ? finding.Text : finding.Text.Substring(0, 300) + "...")}");
        }
    }

    // Each finding's whole input as a C# string literal, ready to become a regression test.
    private static void Save(string directory, FuzzCampaign campaign)
    {
        Directory.CreateDirectory(directory);
        foreach (var finding in campaign.Findings)
        {
            File.WriteAllText(
                Path.Combine(directory, $"case-{finding.Case}.txt"),
                $"// --case {finding.Case}: {finding.Kind}: {finding.Message.Replace('\n', ' ')}\n\"{Escape(finding.Text)}\"\n",
                new UTF8Encoding(false));
        }
    }

    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == '"') builder.Append("\\\"");
            else if (c == '\\') builder.Append("\\\\");
            else if (c < ' ' || c > '~') builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else builder.Append(c);
        }
        return builder.ToString();
    }

    private static string Join(System.Collections.Generic.IEnumerable<System.Collections.Generic.KeyValuePair<string, long>> counts)
    {
        var text = string.Join(", ", counts.Select(p => $"{p.Key} {N(p.Value)}"));
        return text.Length == 0 ? "none" : text;
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string RepoRoot() =>
        typeof(Program).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "CorpusRepoRoot").Value
        ?? throw new InvalidOperationException("CorpusRepoRoot metadata is missing.");
}
