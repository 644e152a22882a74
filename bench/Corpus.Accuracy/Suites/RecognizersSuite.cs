using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Corpus.Accuracy.Matching;
using Corpus.Extraction.Model;

namespace Corpus.Accuracy.Suites;

internal enum RecognizersModel
{
    Number,
    Percent,
    Ordinal,
    NumberRange,
    Currency,
    Dimension,
    Age,
    Temperature,
}

/// <summary>
/// A Microsoft Recognizers-Text spec file. Cases whose NotSupported or NotSupportedByDesign names dotnet are
/// skipped, as the suite itself skips them for .NET. How a case matches depends on the model; see <see cref="Matches"/>.
/// </summary>
internal sealed class RecognizersSuite : Suite
{
    private readonly RecognizersModel _model;

    public RecognizersSuite(string file, RecognizersModel model, double? target)
        : base(file, target) => _model = model;

    public override IReadOnlyList<BenchCase> Load(string suitesRoot)
    {
        using var stream = System.IO.File.OpenRead(Path.Combine(suitesRoot, File));
        using var document = JsonDocument.Parse(stream);
        var cases = new List<BenchCase>();
        foreach (var item in document.RootElement.EnumerateArray())
        {
            var input = item.GetProperty("Input").GetString() ?? "";
            var notSupported = NamesDotnet(item, "NotSupported") || NamesDotnet(item, "NotSupportedByDesign");
            var expected = new List<ExpectedResult>();
            foreach (var result in item.GetProperty("Results").EnumerateArray())
            {
                expected.Add(Read(result));
            }
            cases.Add(new BenchCase(input, notSupported, expected));
        }
        return cases;
    }

    private ExpectedResult Read(JsonElement result)
    {
        var text = result.GetProperty("Text").GetString() ?? "";
        var resolution = result.GetProperty("Resolution");
        var raw = resolution.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        if (raw is null || raw == "null") return new ExpectedResult(text, null);
        if (_model == RecognizersModel.NumberRange) return new ExpectedResult(text, null, Interval.Parse(raw));
        if (_model == RecognizersModel.Ordinal && !decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            return new ExpectedResult(text, null); // a relative ordinal ("end-1")
        }
        var value = decimal.Parse(raw.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture);
        string? currency = null;
        if (_model == RecognizersModel.Currency)
        {
            currency = resolution.TryGetProperty("isoCurrency", out var iso) ? iso.GetString() : null;
            var unit = resolution.TryGetProperty("unit", out var u) ? u.GetString() : null;
            // Corpus keeps minor units in the major one: 50 cents is 0.50.
            if (unit is "Cent" or "Pence" or "Penny") value /= 100;
        }
        return new ExpectedResult(text, value, null, currency);
    }

    /// <summary>
    /// Number: the values of all figures except ranks (and both ends of a range) equal the expected values.
    /// Percent, Ordinal, Age: the values of the figures of that kind equal the expected values.
    /// Dimension: the values of measures other than temperatures and durations (each has its own model) equal the expected values.
    /// Temperature: the values of measures in temperature units equal the expected values.
    /// Currency: the amounts of money figures equal the expected amounts, and the currency code equals the expected
    /// ISO code wherever the suite gives one.
    /// NumberRange: every expected interval pairs with a distinct figure's interval, and every qualified or
    /// two-ended figure pairs with an expected interval (plain numbers are not ranges and may stand alone).
    /// Expected results with no value (a bare "dollar", "percent") can never match and are listed as deliberate differences.
    /// </summary>
    public override bool Matches(IReadOnlyList<ExpectedResult> expected, IReadOnlyList<FigureModel> figures, string input)
    {
        switch (_model)
        {
            case RecognizersModel.Number:
                return SameValues(expected, figures.Where(f => f.Kind != FigureKind.Ordinal));
            case RecognizersModel.Percent:
                return SameValues(expected, figures.Where(f => f.Kind == FigureKind.Percent));
            case RecognizersModel.Ordinal:
                return SameValues(expected, figures.Where(f => f.Kind == FigureKind.Ordinal));
            case RecognizersModel.Age:
                return SameValues(expected, figures.Where(f => f.Kind == FigureKind.Age));
            case RecognizersModel.Dimension:
                return SameValues(expected, figures.Where(f => f.Kind == FigureKind.Measure && !IsTemperature(f.Unit) && !IsDuration(f.Unit)));
            case RecognizersModel.Temperature:
                return SameValues(expected, figures.Where(f => f.Kind == FigureKind.Measure && IsTemperature(f.Unit)));
            case RecognizersModel.Currency:
            {
                var money = figures.Where(f => f.Kind == FigureKind.Money).ToList();
                if (expected.Any(e => e.Value is null)) return false;
                return Values.Pair(expected, money,
                    (e, f) => Values.Near(e.Value!.Value, f.Value) && f.Upper is null && (e.Currency is null || e.Currency == f.Unit),
                    _ => true);
            }
            case RecognizersModel.NumberRange:
            {
                if (expected.Any(e => e.Interval is null)) return false;
                var intervals = figures.Select(Interval.Of).ToList();
                var ranged = figures.Select(f => f.Upper is not null || f.Qualifier is not (Qualifier.Exact or Qualifier.About or Qualifier.Vague)).ToList();
                return Values.Pair(expected, Enumerable.Range(0, figures.Count).ToList(),
                    (e, i) => e.Interval!.Matches(intervals[i]),
                    i => ranged[i]);
            }
            default:
                throw new InvalidOperationException(_model.ToString());
        }
    }

    private static bool IsTemperature(string? unit) => unit is "°C" or "°F" or "°" or "K";

    /// <summary>Recognizers reads durations with its DateTime model, so its Dimension model has none.</summary>
    private static bool IsDuration(string? unit) =>
        unit is "seconds" or "ms" or "minutes" or "hours" or "days" or "weeks" or "fortnights" or "months" or "years" or "decades" or "centuries" or "millennia";

    private static bool SameValues(IReadOnlyList<ExpectedResult> expected, IEnumerable<FigureModel> figures)
    {
        if (expected.Any(e => e.Value is null)) return false;
        var actual = new List<decimal>();
        foreach (var figure in figures)
        {
            actual.Add(figure.Value);
            if (figure.Upper is { } upper) actual.Add(upper);
        }
        return Values.SameMultiset(expected.Select(e => e.Value!.Value), actual);
    }

    private static bool NamesDotnet(JsonElement item, string property) =>
        item.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
        && (value.GetString() ?? "").Split(',').Any(p => string.Equals(p.Trim(), "dotnet", StringComparison.OrdinalIgnoreCase));
}
