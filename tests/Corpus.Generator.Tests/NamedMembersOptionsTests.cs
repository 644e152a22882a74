using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator.Tests;

/// <summary>
/// <c>CorpusNamedQuotes</c>, <c>CorpusNamedFigures</c> and <c>CorpusNamedPeople</c>: a very large corpus can
/// do without a member per quote, figure or speaker (each costs the compiler a property) and still holds
/// every one of them in its lists and on its articles.
/// </summary>
public class NamedMembersOptionsTests
{
    private const string Article =
        "Flood waters rose across the valley on Tuesday, leaving more than 40 people dead.\n\n" +
        "\u201CWe will rebuild every home that was lost,\u201D Mayor Anna Kowalski said.\n";

    private const string NamesAQuote = "namespace Consumer { static class UsesQuote { static object Q => News.Quotes.KowalskiWeWillRebuildEveryHome; } }";
    private const string NamesAFigure = "namespace Consumer { static class UsesFigure { static object F => News.Figures.MoreThan40PeopleDead; } }";
    private const string NamesAPerson = "namespace Consumer { static class UsesPerson { static object P => News.People.AnnaKowalski; } }";

    [Fact]
    public void ByDefaultQuotesAndFiguresAreNamed()
    {
        var harness = Harness(new Dictionary<string, string> { ["RootNamespace"] = "Consumer" });
        harness.Run();

        Assert.Empty(harness.CompilationProblems());
    }

    [Theory]
    [InlineData("false")]
    [InlineData("False")]
    [InlineData(" FALSE ")]
    public void WithoutNamedFiguresAFigureIsNotAMemberButStillInTheCorpus(string value)
    {
        var harness = Harness(new Dictionary<string, string> { ["RootNamespace"] = "Consumer", ["CorpusNamedFigures"] = value }, NamesAQuote, NamesAPerson);
        harness.Run();

        Assert.Empty(harness.CompilationProblems());
        var corpus = LoadedCorpus.Type(harness, "Consumer.News");
        var article = Assert.Single(List<global::Corpus.Article>(corpus, "All"));
        Assert.Equal("more than 40", Assert.Single(article.Figures).Text);
        Assert.Same(article.Figures[0], Assert.Single(List<global::Corpus.Figure>(corpus, "Figures")));

        harness.AddCSharp(NamesAFigure, "UsesFigure.cs");
        harness.Run();
        Assert.Equal(new[] { "CS1061" }, harness.CompilationProblems().Select(d => d.Id).ToArray());
    }

    [Fact]
    public void WithoutNamedQuotesAQuoteIsNotAMemberButStillInTheCorpus()
    {
        var harness = Harness(new Dictionary<string, string> { ["RootNamespace"] = "Consumer", ["CorpusNamedQuotes"] = "false" }, NamesAFigure, NamesAPerson);
        harness.Run();

        Assert.Empty(harness.CompilationProblems());
        var corpus = LoadedCorpus.Type(harness, "Consumer.News");
        var article = Assert.Single(List<global::Corpus.Article>(corpus, "All"));
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("Anna Kowalski", quote.Speaker?.Name);
        Assert.Same(quote, Assert.Single(List<global::Corpus.Quote>(corpus, "Quotes")));

        harness.AddCSharp(NamesAQuote, "UsesQuote.cs");
        harness.Run();
        Assert.Equal(new[] { "CS1061" }, harness.CompilationProblems().Select(d => d.Id).ToArray());
    }

    [Fact]
    public void WithoutNamedPeopleAPersonIsNotAMemberButStillInTheCorpus()
    {
        var harness = Harness(new Dictionary<string, string> { ["RootNamespace"] = "Consumer", ["CorpusNamedPeople"] = "false" }, NamesAQuote, NamesAFigure);
        var index = GeneratorHarness.Source(harness.Run(), "News.g.cs");

        Assert.Empty(harness.CompilationProblems());
        Assert.DoesNotContain("public global::Corpus.Person ", index);
        Assert.Contains("/// <summary>Everyone who speaks in the corpus, once each across its articles.</summary>", index);
        Assert.Contains("/// <summary>The people, organisations and sources who speak in the corpus: enumerate them.</summary>", index);
        var corpus = LoadedCorpus.Type(harness, "Consumer.News");
        var person = Assert.Single(List<global::Corpus.Person>(corpus, "People"));
        Assert.Equal("Anna Kowalski", person.Name);
        var quote = Assert.Single(Assert.Single(List<global::Corpus.Article>(corpus, "All")).Quotes);
        Assert.Same(person, quote.Speaker);

        harness.AddCSharp(NamesAPerson, "UsesPerson.cs");
        harness.Run();
        Assert.Equal(new[] { "CS1061" }, harness.CompilationProblems().Select(d => d.Id).ToArray());
    }

    [Fact]
    public void TheListsSayWhetherTheirItemsAreNamed()
    {
        var named = Harness(new Dictionary<string, string>());
        var unnamed = Harness(new Dictionary<string, string> { ["CorpusNamedQuotes"] = "false", ["CorpusNamedFigures"] = "false" });

        var namedIndex = GeneratorHarness.Source(named.Run(), "News.g.cs");
        var unnamedIndex = GeneratorHarness.Source(unnamed.Run(), "News.g.cs");

        Assert.Contains("/// <summary>Every quote of the corpus, article after article; each direct quote with a name of its own is also a member.</summary>", namedIndex);
        Assert.Contains("/// <summary>Every figure of the corpus, article after article; each with a name of its own is also a member.</summary>", namedIndex);
        Assert.Equal(2, Occurrences(namedIndex, "enumerate them with LINQ, or name one."));
        Assert.Contains("/// <summary>Every quote of the corpus, article after article.</summary>", unnamedIndex);
        Assert.Contains("/// <summary>Every figure of the corpus, article after article.</summary>", unnamedIndex);
        Assert.Equal(2, Occurrences(unnamedIndex, "enumerate them with LINQ.</summary>"));
        Assert.Equal(0, Occurrences(unnamedIndex, "enumerate them with LINQ, or name one."));
    }

    [Theory]
    [InlineData("CorpusNamedFigures", "no")]
    [InlineData("CorpusNamedQuotes", "0")]
    [InlineData("CorpusNamedPeople", "off")]
    public void AValueThatIsNeitherTrueNorFalseIsReportedAndTheDefaultKept(string property, string value)
    {
        var harness = Harness(new Dictionary<string, string> { ["RootNamespace"] = "Consumer", [property] = value }, NamesAQuote, NamesAFigure, NamesAPerson);
        harness.Run();

        var diagnostic = Assert.Single(harness.GeneratorDiagnostics);
        Assert.Equal("CORPUS301", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal($"The project sets {property} to '{value}', which is neither true nor false; {value} was ignored and the default (true) used", diagnostic.GetMessage());
        Assert.Empty(harness.CompilationProblems());
    }

    [Theory]
    [InlineData("CorpusNamedFigures", "global::Corpus.Figure ")]
    [InlineData("CorpusNamedPeople", "public global::Corpus.Person ")]
    public void TurningNamedMembersOffReadsNoArticleAgain(string property, string member)
    {
        var harness = Harness(new Dictionary<string, string> { ["RootNamespace"] = "Consumer" });
        var before = harness.Run();
        Assert.Contains(member, string.Concat(before.GeneratedSources.Select(s => s.SourceText.ToString())));

        harness.SetProperties(new Dictionary<string, string> { ["RootNamespace"] = "Consumer", [property] = "false" });
        var result = harness.Run();

        var extraction = result.TrackedSteps[TrackingNames.Extraction].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.NotEmpty(extraction);
        Assert.All(extraction, reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        Assert.DoesNotContain(member, string.Concat(result.GeneratedSources.Select(s => s.SourceText.ToString())));
    }

    private static GeneratorHarness Harness(Dictionary<string, string> properties, params string[] userCode)
    {
        var harness = new GeneratorHarness(new[] { TestArticle.Corpus("news/flood-report.txt", Article) }, properties);
        for (var i = 0; i < userCode.Length; i++) harness.AddCSharp(userCode[i], $"Uses{i}.cs");
        return harness;
    }

    // A list of the loaded corpus class, enumerated: every item, whether or not it has a member.
    private static List<T> List<T>(System.Type corpus, string property) =>
        ((IEnumerable<T>)corpus.GetProperty(property)!.GetValue(null)!).ToList();

    private static int Occurrences(string text, string value) =>
        (text.Length - text.Replace(value, "", System.StringComparison.Ordinal).Length) / value.Length;
}
