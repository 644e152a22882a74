using System.Linq;
using Corpus.Generator.Tests.Infrastructure;

namespace Corpus.Generator.Tests;

/// <summary>
/// The feature: code that names an article, a person, a quote or a figure compiles while the corpus
/// holds it, and stops compiling the moment an edit takes it away.
/// </summary>
public class CompileTimeCheckingTests
{
    private const string Article =
        "Flood waters rose across the valley on Tuesday, leaving more than 40 people dead.\n\n" +
        "\u201CWe will rebuild every home that was lost,\u201D Mayor Anna Kowalski said.\n";

    private const string UserCode = @"
namespace Consumer
{
    public static class Uses
    {
        public static object[] Everything() => new object[]
        {
            News.FloodReport,
            News.People.AnnaKowalski,
            News.Quotes.KowalskiWeWillRebuildEveryHome,
            News.Figures.MoreThan40PeopleDead,
        };
    }
}";

    [Fact]
    public void NamedMembersCompileWhileTheCorpusHoldsThem()
    {
        var harness = new GeneratorHarness(new[] { TestArticle.Corpus("news/flood-report.txt", Article) });
        harness.AddCSharp(UserCode, "Uses.cs");
        harness.Run();

        Assert.Empty(harness.CompilationProblems());
    }

    [Theory]
    // The quote was the mayor's only one: with it goes the person.
    [InlineData("\u201CWe will rebuild every home that was lost,\u201D Mayor Anna Kowalski said.\n", "", "AnnaKowalski KowalskiWeWillRebuildEveryHome")]
    [InlineData("more than 40 people dead", "several people dead", "MoreThan40PeopleDead")]
    // Someone else said it: the person goes, and the quote's name follows its new speaker.
    [InlineData("Mayor Anna Kowalski said", "a spokesman said", "AnnaKowalski KowalskiWeWillRebuildEveryHome")]
    public void EditingAwayWhatCodeNamesIsACompileError(string before, string after, string vanished)
    {
        var original = TestArticle.Corpus("news/flood-report.txt", Article);
        var harness = new GeneratorHarness(new[] { original });
        harness.AddCSharp(UserCode, "Uses.cs");
        harness.Run();
        Assert.Empty(harness.CompilationProblems());

        harness.Replace(original, TestArticle.Corpus("news/flood-report.txt", Article.Replace(before, after)));
        harness.Run();

        var problems = harness.CompilationProblems();
        Assert.All(problems, error =>
        {
            Assert.Equal("CS1061", error.Id);
            Assert.Equal("Uses.cs", error.Location.SourceTree!.FilePath);
        });
        Assert.Equal(
            vanished.Split(' ').OrderBy(n => n, System.StringComparer.Ordinal),
            problems.Select(e => vanished.Split(' ').Single(name => e.GetMessage().Contains("'" + name + "'"))).OrderBy(n => n, System.StringComparer.Ordinal));
    }

    [Fact]
    public void RemovingAnArticleIsACompileErrorWhereItIsNamed()
    {
        var harness = new GeneratorHarness(new[] { TestArticle.Corpus("news/flood-report.txt", Article), TestArticle.Corpus("news/other.txt", "Another story.\n") });
        harness.AddCSharp("namespace Consumer { public static class Uses { public static object A => News.FloodReport; } }", "Uses.cs");
        harness.Run();
        Assert.Empty(harness.CompilationProblems());

        harness.Remove(harness.Files[0]);
        harness.Run();

        var error = Assert.Single(harness.CompilationProblems());
        Assert.Equal("CS0117", error.Id);
        Assert.Contains("FloodReport", error.GetMessage());
    }
}
