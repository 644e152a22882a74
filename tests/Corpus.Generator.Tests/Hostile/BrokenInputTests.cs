using System.Collections.Generic;
using System.Linq;
using System.Text;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator.Tests.Hostile;

/// <summary>
/// The build never breaks: each broken text (as the compiler hands it to the generator) sits beside a
/// good article, and must give the diagnostics it calls for, located in its file, or a correct article;
/// the good article is generated either way (<see cref="BrokenInputOutcome"/>).
/// Bytes that are not text (BOMs, UTF-16, invalid UTF-8, Windows-1252) are in <see cref="EncodedInputTests"/>.
/// </summary>
public class BrokenInputTests
{
    private static readonly string[] None = System.Array.Empty<string>();
    private static readonly string[] Quotes = { "CORPUS101" };

    private sealed record Input(string Text, string[] Required, string[] Allowed);

    private static readonly IReadOnlyDictionary<string, Input> Inputs = new Dictionary<string, Input>
    {
        ["empty"] = new("", new[] { "CORPUS002" }, None),
        ["spaces and breaks"] = new("   \n\t\r\n \u2028 \u00A0\u3000 \n", new[] { "CORPUS003" }, None),
        ["NUL bytes"] = new("First line.\n\0\0\0Second\0line.\n", new[] { "CORPUS004" }, None),
        ["binary content"] = new(Binary(), new[] { "CORPUS004" }, new[] { "CORPUS002", "CORPUS005", "CORPUS006", "CORPUS101" }),
        ["CRLF"] = new("First paragraph.\r\n\r\nSecond paragraph. Two sentences.\r\n", None, None),
        ["CR only"] = new("First paragraph.\r\rSecond paragraph.\rThird.\r", None, None),
        ["mixed line endings"] = new("One.\r\n\r\nTwo.\rThree.\n\nFour.\u2028Five.\u2029Six.\u0085Seven.", None, None),
        ["unicode line breaks in front matter"] = new("---\u2028title: T\u2029published: 2010-06-12\u0085---\r\nBody.\n", None, new[] { "CORPUS006" }),
        ["ten megabytes on one line"] = new(string.Concat(Enumerable.Repeat("The crowd gathered in the square and waited ", 230_000)), None, None),
        ["100,000 quotation marks"] = new(new string('"', 100_000), None, Quotes),
        ["100,000 mixed quotation marks"] = new(string.Concat(Enumerable.Repeat("\u201C\u2018\u00AB\"\u201D\u2019\u00BB'", 12_500)), None, Quotes),
        ["unbalanced quotes"] = new("\u201CWe will not go,\u201D he said. \u201CNever.\n\nShe said \u201Cyes and then \u2018no.\n\n\u201D\u201D\u201D Closed thrice.\n", None, Quotes),
        ["crossed quotes"] = new("\u201CA \u2018b\u201D c\u2019 d. \"E \u201Cf\" g\u201D. \u00ABH \"i\u00BB j\".\n", None, Quotes),
        ["numbers too large for decimal"] = new(
            "The deficit reached 79228162514264337593543950336 dollars and 999,999,999,999,999,999,999,999,999,999,999 votes. " +
            "About 1e400 people, $99,999,999,999,999,999,999,999,999,999 trillion and thousands of millions of billions of trillions fled. " +
            "Between 0.00000000000000000000000000001 and 79228162514264337593543950335 per cent were 79228162514264337593543950335th.\n",
            None, None),
        ["front matter never closed"] = new("---\ntitle: Open\nsource: x\nThe body, read as body.\n", new[] { "CORPUS006" }, None),
        ["front matter only"] = new("---\ntitle: Nothing after\n---\n", new[] { "CORPUS002" }, None),
        ["front matter with a bad date"] = new("---\npublished: 2010-13-45\n---\nBody.\n", new[] { "CORPUS007" }, None),
        ["furniture only"] = new("More In: International | News\n", new[] { "CORPUS002" }, None),
        ["a million paragraphs-worth of breaks"] = new(new string('\n', 1_000_000) + "x", None, None),
    };

    public static IEnumerable<object[]> Names() => Inputs.Keys.Select(name => new object[] { name });

    [Theory]
    [MemberData(nameof(Names))]
    public void BrokenTextGivesLocatedDiagnosticsOrACorrectArticle(string name)
    {
        var input = Inputs[name];
        var broken = TestArticle.Corpus("seeds/broken.txt", input.Text);
        var harness = new GeneratorHarness(new[] { broken, TestArticle.Corpus(BrokenInputOutcome.GoodPath, BrokenInputOutcome.GoodText) });
        var result = harness.Run();

        BrokenInputOutcome.Assert(harness, result, broken, "seeds/broken.txt", input.Required, input.Allowed);
    }

    [Fact]
    public void AnArticleThatCannotBeReadIsLeftOutAndNamed()
    {
        // The one input that gives no article: the compiler has no text for it (DiagnosticTests covers the
        // diagnostic); the build goes on, and the corpus compiles without it.
        var harness = new GeneratorHarness(new AdditionalText[]
        {
            TestArticle.Corpus("seeds/gone.txt", text: null), new ThrowingArticle("/project/seeds/locked.txt"),
            TestArticle.Corpus(BrokenInputOutcome.GoodPath, BrokenInputOutcome.GoodText),
        });
        harness.Options.Add("/project/seeds/locked.txt", new Dictionary<string, string> { ["CorpusResource"] = "Corpus/seeds/locked.txt", ["CorpusPath"] = "seeds/locked.txt" });
        var result = harness.Run();

        Assert.Equal(new[] { ("CORPUS001", "/project/seeds/gone.txt"), ("CORPUS901", "/project/seeds/locked.txt") },
            result.Diagnostics.Select(d => (d.Id, d.Location.GetLineSpan().Path)).OrderBy(d => d.Id, System.StringComparer.Ordinal));
        Assert.Equal(new[] { "Seeds.Good.g.cs", "Seeds.g.cs" }, result.GeneratedSources.Select(s => s.HintName).OrderBy(h => h, System.StringComparer.Ordinal));
        Assert.Empty(harness.CompilationProblems());
        var good = Assert.Single(EncodedCorpus.All(harness, "Consumer.Seeds"));
        Assert.Equal(BrokenInputOutcome.GoodText, good.Text);
    }

    // Every byte value once, as the compiler would read them from a file with no BOM (U+FFFD for the invalid ones).
    private static string Binary()
    {
        var bytes = Enumerable.Range(0, 256).Select(b => (byte)b).Concat(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }).ToArray();
        return new UTF8Encoding(false, false).GetString(bytes);
    }
}
