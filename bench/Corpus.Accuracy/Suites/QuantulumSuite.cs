using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Corpus.Accuracy.Matching;
using Corpus.Extraction.Model;

namespace Corpus.Accuracy.Suites;

/// <summary>
/// A quantulum3 test file. A result with an uncertainty is a range: value ± uncertainty. A case passes when
/// every expected quantity pairs with a distinct figure (same value, or same two ends for a range) and no
/// figure is left over. quantulum3 reads no ranks, so ordinal figures are left out.
/// </summary>
internal sealed class QuantulumSuite : Suite
{
    public QuantulumSuite(string file)
        : base(file, null)
    {
    }

    public override IReadOnlyList<BenchCase> Load(string suitesRoot)
    {
        using var stream = System.IO.File.OpenRead(Path.Combine(suitesRoot, File));
        using var document = JsonDocument.Parse(stream);
        var cases = new List<BenchCase>();
        foreach (var item in document.RootElement.EnumerateArray())
        {
            var expected = new List<ExpectedResult>();
            foreach (var result in item.GetProperty("res").EnumerateArray())
            {
                var surface = result.GetProperty("surface").GetString() ?? "";
                var value = result.GetProperty("value").GetDecimal();
                if (result.TryGetProperty("uncertainty", out var u) && u.ValueKind == JsonValueKind.Number && u.GetDecimal() != 0)
                {
                    var spread = u.GetDecimal();
                    expected.Add(new ExpectedResult(surface, value, new Interval(value - spread, false, value + spread, true)));
                }
                else
                {
                    expected.Add(new ExpectedResult(surface, value));
                }
            }
            cases.Add(new BenchCase(item.GetProperty("req").GetString() ?? "", false, expected));
        }
        return cases;
    }

    public override bool Matches(IReadOnlyList<ExpectedResult> expected, IReadOnlyList<FigureModel> figures, string input) =>
        Values.Pair(expected, figures.Where(f => f.Kind != FigureKind.Ordinal).ToList(), Same, _ => true);

    private static bool Same(ExpectedResult expected, FigureModel figure)
    {
        if (expected.Interval is { } range)
        {
            return figure.Upper is { } upper && Values.Near(range.Lower!.Value, figure.Value) && Values.Near(range.Upper!.Value, upper);
        }
        return figure.Upper is null && Values.Near(expected.Value!.Value, figure.Value);
    }
}
