using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Corpus.Extraction;
using Corpus.Extraction.Model;
using Corpus.Fuzz.Checks;
using Corpus.Fuzz.Inputs;

namespace Corpus.Fuzz.Campaign;

/// <summary>
/// Runs cases 0..N-1 on every core. Case i mutates a starting text with a <see cref="Random"/> seeded from
/// (seed, i), reads it with the engine and checks the model; one case in eight is read a second time from
/// a copy of the string and must give an equal model; every <see cref="CampaignOptions.GeneratorEvery"/>th
/// case also runs the generator over it and two more mutated texts beside a good article.
/// </summary>
public sealed class FuzzCampaign
{
    private const string Path = "fuzz/case.txt";
    private const int KeptPerKind = 20;

    // Most cases stay small (bugs live in structure, not bulk) so a campaign covers many; one in
    // LargeEvery may grow to LargeLength, for the paths only long texts reach.
    private const int SmallLength = 16 * 1024;
    private const int LargeLength = 256 * 1024;
    private const int LargeEvery = 500;
    // Reading twice costs a second read; one case in DeterminismEvery is enough to catch state kept between reads.
    private const int DeterminismEvery = 8;

    private readonly CampaignOptions _options;
    private readonly StartingTexts _starts;
    private readonly Mutator _mutator;
    private readonly Mutator _largeMutator;
    private readonly ConcurrentQueue<FuzzFinding> _findings = new();
    private readonly ConcurrentDictionary<string, int> _findingCounts = new(StringComparer.Ordinal);

    public FuzzCampaign(CampaignOptions options, IReadOnlyList<string> seeds)
    {
        _options = options;
        _starts = new StartingTexts(seeds);
        _mutator = new Mutator(seeds, SmallLength);
        _largeMutator = new Mutator(seeds, LargeLength);
    }

    public IReadOnlyCollection<FuzzFinding> Findings => _findings;

    public IReadOnlyDictionary<string, int> FindingCounts => _findingCounts;

    public Tally Run(Action<long>? progress = null)
    {
        var total = new Tally();
        var done = 0L;
        var watch = Stopwatch.StartNew();
        using var stop = _options.Minutes is { } minutes ? new CancellationTokenSource(TimeSpan.FromMinutes(minutes)) : new CancellationTokenSource();
        var gate = new object();
        var lastReport = TimeSpan.Zero;

        try
        {
            Parallel.For(
                0L, _options.Count,
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = stop.Token },
                () => new Tally(),
                (index, _, tally) =>
                {
                    RunCase(index, tally);
                    var count = Interlocked.Increment(ref done);
                    if (progress is not null && (count & 0x3FF) == 0 && watch.Elapsed - lastReport > TimeSpan.FromSeconds(15))
                    {
                        lock (gate)
                        {
                            if (watch.Elapsed - lastReport > TimeSpan.FromSeconds(15))
                            {
                                lastReport = watch.Elapsed;
                                progress(count);
                            }
                        }
                    }
                    return tally;
                },
                tally =>
                {
                    lock (total) total.Merge(tally);
                });
        }
        catch (OperationCanceledException)
        {
            // --minutes ran out: the report says how many cases ran.
        }

        return total;
    }

    /// <summary>One case, start to finish; also what <c>--case</c> runs.</summary>
    public void RunCase(long index, Tally tally)
    {
        var random = new Random(CaseSeed.Of(_options.Seed, index));
        var start = _starts.Pick(random, out var origin);
        var applied = new List<Mutation>();
        var mutator = index % LargeEvery == 0 ? _largeMutator : _mutator;
        var text = random.Next(20) == 0 ? start : mutator.Mutate(start, random, applied);
        var metadata = random.Next(10) == 0 ? RandomMetadata(random) : ArticleMetadata.None;

        tally.Add("cases");
        tally.Add("origin " + origin.Split(' ')[0]);
        foreach (var mutation in applied) tally.Add("mutation " + mutation);
        tally.Add("characters", text.Length);
        tally.Max("max characters", text.Length);

        var recipe = string.Join("+", applied);
        ArticleModel model;
        try
        {
            model = ArticleReader.Read(Path, text, metadata);
        }
        catch (Exception exception)
        {
            Report(index, "engine threw", exception.ToString(), origin, recipe, text);
            return;
        }

        tally.Add("paragraphs", model.Paragraphs.Count);
        tally.Add("sentences", model.Sentences.Count);
        tally.Add("quotes", model.Quotes.Count);
        tally.Add("figures", model.Figures.Count);
        foreach (var finding in model.Findings) tally.Add("finding " + finding.Id);

        foreach (var violation in ModelChecks.Violations(text, model, metadata))
        {
            Report(index, "invariant", violation, origin, recipe, text);
        }

        if (index % DeterminismEvery == 0) CheckDeterminism(index, text, metadata, model, origin, recipe, tally);
        if (_options.GeneratorEvery > 0 && index % _options.GeneratorEvery == 0) RunGenerator(index, random, text, origin, recipe, tally);
    }

    // Same input, same output: read again from a different string instance with the same characters.
    private void CheckDeterminism(long index, string text, ArticleMetadata metadata, ArticleModel model, string origin, string recipe, Tally tally)
    {
        tally.Add("determinism checks");
        try
        {
            var again = ArticleReader.Read(Path, new string(text.AsSpan()), metadata);
            if (!again.Equals(model)) Report(index, "nondeterministic", "a second read gave a different model", origin, recipe, text);
        }
        catch (Exception exception)
        {
            Report(index, "engine threw", "on the second read: " + exception, origin, recipe, text);
        }
    }

    private void RunGenerator(long index, Random random, string text, string origin, string recipe, Tally tally)
    {
        var texts = new List<string> { text };
        for (var i = 0; i < 2; i++) texts.Add(_mutator.Mutate(_starts.Pick(random, out _), random, new List<Mutation>()));
        var runs = index / _options.GeneratorEvery;
        var load = _options.LoadEvery > 0 && runs % _options.LoadEvery == 0;

        tally.Add("generator runs");
        if (load) tally.Add("generator runs loaded");
        foreach (var problem in GeneratorCheck.Run(texts, _starts.Seeds[0], load))
        {
            Report(index, "generator", problem, origin, recipe + " (and two more texts)", text);
        }
    }

    private static ArticleMetadata RandomMetadata(Random random)
    {
        string? Value() => random.Next(3) switch
        {
            0 => null,
            1 => SyntheticArticle.Pick(random, Fragments.Injections),
            _ => SyntheticArticle.Pick(random, Fragments.Words) + SyntheticArticle.Pick(random, Fragments.LineBreaks) + SyntheticArticle.Pick(random, Fragments.Words),
        };
        var published = random.Next(3) switch { 0 => null, 1 => "2010-06-12", _ => Value() };
        return new ArticleMetadata(Value(), published, Value(), Value(), Value());
    }

    private void Report(long index, string kind, string message, string origin, string recipe, string text)
    {
        var key = kind + ": " + FirstLine(message);
        if (_findingCounts.AddOrUpdate(key, 1, (_, n) => n + 1) <= KeptPerKind)
        {
            _findings.Enqueue(new FuzzFinding(index, kind, message, origin, recipe, text));
        }
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(new[] { '\r', '\n' });
        var line = end < 0 ? message : message.Substring(0, end);
        // Group "paragraph 3 [10..20) ..." with "paragraph 7 [40..52) ...": numbers do not make a new kind.
        return new string(line.Select(c => char.IsDigit(c) ? '#' : c).ToArray());
    }
}
