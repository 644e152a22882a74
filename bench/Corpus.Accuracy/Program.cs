using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Corpus.Accuracy;
using Corpus.Accuracy.Suites;
using Corpus.Extraction.Figures;
using Corpus.Extraction.Model;

// dotnet run --project bench/Corpus.Accuracy [-- --failures] [-- --file NumberModel] [-- --check]
// dotnet run --project bench/Corpus.Accuracy -- quotes [--failures] [--check]: the quote sets instead.
if (args.FirstOrDefault() == "quotes") return Corpus.Accuracy.Quotes.QuoteBench.Run(args.Skip(1).ToArray());
var showFailures = args.Contains("--failures");
var check = args.Contains("--check");
var only = args.SkipWhile(a => a != "--file").Skip(1).FirstOrDefault();

var suites = new Suite[]
{
    new RecognizersSuite("ms-recognizers-text/NumberModel.json", RecognizersModel.Number, 0.95),
    new RecognizersSuite("ms-recognizers-text/PercentModel.json", RecognizersModel.Percent, 0.95),
    new RecognizersSuite("ms-recognizers-text/NumberRangeModel.json", RecognizersModel.NumberRange, 0.90),
    new RecognizersSuite("ms-recognizers-text/CurrencyModel.json", RecognizersModel.Currency, 0.85),
    new RecognizersSuite("ms-recognizers-text/OrdinalModel.json", RecognizersModel.Ordinal, null),
    new RecognizersSuite("ms-recognizers-text/DimensionModel.json", RecognizersModel.Dimension, null),
    new RecognizersSuite("ms-recognizers-text/AgeModel.json", RecognizersModel.Age, null),
    new RecognizersSuite("ms-recognizers-text/TemperatureModel.json", RecognizersModel.Temperature, null),
    new QuantulumSuite("quantulum3/quantities.json"),
    new QuantulumSuite("quantulum3/quantities.ambiguity.json"),
};

var differences = DeliberateDifferences.Load(BenchPaths.DeliberateDifferences);
var seen = new HashSet<(string, string)>();
var missedTarget = false;
Console.WriteLine($"Suites: {BenchPaths.Suites}");
Console.WriteLine($"Deliberate differences: {differences.Count} entries, {differences.WholeCases} whole cases and {differences.Count - differences.WholeCases} single expected results ({Path.GetRelativePath(BenchPaths.RepoRoot, BenchPaths.DeliberateDifferences)})");
Console.WriteLine();
Console.WriteLine($"{"file",-42} {"cases",6} {"dotnet-skip",11} {"deliberate",10} {"in scope",8} {"passed",6} {"rate",7} {"spans",6} {"target",7}");

foreach (var suite in suites)
{
    if (only is not null && !suite.File.Contains(only, StringComparison.OrdinalIgnoreCase)) continue;
    int total = 0, skipped = 0, deliberate = 0, inScope = 0, passed = 0, spansAgree = 0;
    var failures = new List<string>();
    foreach (var benchCase in suite.Load(BenchPaths.Suites))
    {
        total++;
        var listed = differences.For(suite.File, benchCase.Input);
        if (listed.Count > 0) seen.Add((suite.File, benchCase.Input));
        if (benchCase.NotSupported)
        {
            skipped++;
            continue;
        }
        if (listed.Any(d => d.WholeCase))
        {
            deliberate++;
            continue;
        }
        inScope++;
        var expected = benchCase.Expected
            .Where(e => !listed.Any(d => string.Equals(d.Item, e.Text, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        var figures = FigureReader.ReadSentence(benchCase.Input);
        if (suite.Matches(expected, figures, benchCase.Input))
        {
            passed++;
            if (SpansAgree(expected, figures, benchCase.Input)) spansAgree++;
        }
        else
        {
            failures.Add(Describe(benchCase.Input, expected, figures));
        }
    }
    var rate = inScope == 0 ? 1.0 : (double)passed / inScope;
    var target = suite.Target is { } t ? (rate >= t ? "≥" : "<") + t.ToString("P0", CultureInfo.InvariantCulture) : "-";
    if (suite.Target is { } required && rate < required) missedTarget = true;
    Console.WriteLine($"{suite.File,-42} {total,6} {skipped,11} {deliberate,10} {inScope,8} {passed,6} {rate.ToString("P1", CultureInfo.InvariantCulture),7} {spansAgree,6} {target,7}");
    if (showFailures)
    {
        foreach (var failure in failures) Console.WriteLine(failure);
    }
}

foreach (var unused in differences.Unused(seen))
{
    Console.WriteLine($"warning: deliberate difference matches no case: {unused.File}\t{unused.Input}");
}
return check && missedTarget ? 1 : 0;

// A passing case's spans agree when every expected text is the text of one of our figures (case and spacing aside).
static bool SpansAgree(IReadOnlyList<ExpectedResult> expected, IReadOnlyList<FigureModel> figures, string input)
{
    var ours = figures.Select(f => Normalize(input.Substring(f.Range.Start, f.Range.Length))).ToHashSet();
    return expected.All(e => ours.Contains(Normalize(e.Text)));
}

static string Normalize(string text) => Regex.Replace(text.Trim().ToLowerInvariant(), @"\s+", " ");

static string Describe(string input, IReadOnlyList<ExpectedResult> expected, IReadOnlyList<FigureModel> figures)
{
    var wanted = string.Join("; ", expected.Select(e => $"{e.Text}={e.Interval?.ToString() ?? e.Value?.ToString(CultureInfo.InvariantCulture) ?? "null"}{(e.Currency is null ? "" : " " + e.Currency)}"));
    var got = string.Join("; ", figures.Select(f => $"{input.Substring(f.Range.Start, f.Range.Length)}={f.Kind}:{f.Value.ToString(CultureInfo.InvariantCulture)}{(f.Upper is null ? "" : ".." + f.Upper.Value.ToString(CultureInfo.InvariantCulture))} {f.Qualifier} {f.Unit}"));
    return $"  FAIL {input}\n       expected: {wanted}\n       got:      {got}";
}
