using System;
using System.IO;
using System.Linq;
using Corpus.Extraction.Tests.Quotes;

namespace Corpus.Accuracy.Quotes;

/// <summary>
/// The quotes mode: precision, recall and F1 of quote spans, and kind, speaker and medium accuracy, over
/// the annotated sets in tests/Corpus.Extraction.Tests/Quotes (the same scoring as QuoteAccuracyTests).
/// dotnet run --project bench/Corpus.Accuracy -- quotes [--failures] [--check]
/// </summary>
internal static class QuoteBench
{
    private const double F1Goal = 0.95;
    private const double SpeakerGoal = 0.90;

    public static int Run(string[] args)
    {
        var showFailures = args.Contains("--failures");
        var check = args.Contains("--check");
        var missed = false;
        Console.WriteLine("Quote sets (written by the quote engineer: optimistic estimates, see docs/accuracy.md)");
        Console.WriteLine();
        Console.WriteLine($"{"set",-20} {"cases",5} {"quotes",6} {"P",6} {"R",6} {"F1",6} {"kind",6} {"speaker",8} {"via",6}");
        foreach (var file in QuoteSet.All)
        {
            var cases = QuoteSet.Load(QuoteSet.PathOf(BenchPaths.RepoRoot, file));
            var score = new QuoteScore();
            foreach (var example in cases) score.Add(example, QuoteTesting.Read(example.Text));
            Console.WriteLine($"{Path.GetFileNameWithoutExtension(file),-20} {cases.Count,5} {score.Expected,6} {score.Precision,6:0.000} {score.Recall,6:0.000} {score.F1,6:0.000} {score.KindAccuracy,6:0.000} {score.SpeakerAccuracy,8:0.000} {score.ViaAccuracy,6:0.000}");
            if (showFailures)
            {
                foreach (var miss in score.Misses) Console.WriteLine("  " + miss);
            }
            if (score.F1 < F1Goal || score.SpeakerAccuracy < SpeakerGoal) missed = true;
        }
        return check && missed ? 1 : 0;
    }
}
