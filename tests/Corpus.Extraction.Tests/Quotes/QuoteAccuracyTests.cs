using System.Linq;
using Xunit.Abstractions;

namespace Corpus.Extraction.Tests.Quotes;

/// <summary>
/// Measures the extractor on the annotated sets (quote-set.txt, quote-holdout.txt, quote-fresh.txt), all
/// written by the engineer who wrote the rules: optimistic estimates, see docs/accuracy.md, where the
/// figures are recorded. Run: dotnet test tests/Corpus.Extraction.Tests --filter "FullyQualifiedName~QuoteAccuracy"
/// --logger "console;verbosity=detailed". The floors keep the figures from sliding.
/// </summary>
public sealed class QuoteAccuracyTests
{
    private readonly ITestOutputHelper _output;

    public QuoteAccuracyTests(ITestOutputHelper output) => _output = output;

    [Theory]
    [InlineData(QuoteSet.Tuning)]
    [InlineData(QuoteSet.Holdout)]
    [InlineData(QuoteSet.Fresh)]
    public void Quote_set_accuracy(string file)
    {
        var cases = QuoteSet.Load(QuoteSet.PathOf(Corpus.Testing.RepoPaths.Root, file));
        var score = new QuoteScore();
        foreach (var example in cases) score.Add(example, QuoteTesting.Read(example.Text));

        _output.WriteLine($"{cases.Count} cases, {cases.Sum(c => c.Text.Split("\n\n").Length)} paragraphs");
        _output.WriteLine(score.Summary());
        foreach (var miss in score.Misses) _output.WriteLine("  " + miss);

        // The goals of the quote work (F1 0.95, speaker accuracy 0.90), held on every annotated set.
        Assert.True(score.F1 >= 0.95, score.Summary());
        Assert.True(score.SpeakerAccuracy >= 0.90, score.Summary());
    }
}
