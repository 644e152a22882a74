using System.Linq;
using Corpus.Generator.Naming;
using Corpus.Generator.Tests.Infrastructure;

namespace Corpus.Generator.Tests;

/// <summary>Every article gets a unique, valid, deterministic member and hint name, whatever its file is called.</summary>
public class NamingTests
{
    [Theory]
    [InlineData("000_dcf93b46243cb9cc", "Article000Dcf93b46243cb9cc")]
    [InlineData("003_65d72a984a2ce250", "Article003_65d72a984a2ce250")]
    [InlineData("osh-violence", "OshViolence")]
    [InlineData("iPhone sales", "IPhoneSales")]
    [InlineData("class", "Class")]
    [InlineData("2010/june/report", "Article2010JuneReport")]
    [InlineData("Ош", "Ош")]
    [InlineData("東京 report", "東京Report")]
    [InlineData("---", "Article")]
    [InlineData("a\u200Bb", "Ab")]
    public void FileNamesBecomePascalCaseIdentifiers(string id, string expected)
    {
        var name = Identifier.ToPascalCase(id, "Article");

        Assert.Equal(expected, name);
        Assert.True(Identifier.IsValid(name.TrimStart('@')), name);
    }

    [Fact]
    public void VeryLongNamesAreCut()
    {
        Assert.Equal(Identifier.MaxLength, Identifier.ToPascalCase(new string('a', 500), "Article").Length);
    }

    [Fact]
    public void CollidingNamesAreNumberedInPathOrder()
    {
        var harness = new GeneratorHarness(new[]
        {
            TestArticle.Corpus("seeds/a_b.txt", "Three.\n"),
            TestArticle.Corpus("seeds/a-b.txt", "Two.\n"),
            TestArticle.Corpus("seeds/a b.txt", "One.\n"),
        });
        var result = harness.Run();

        Assert.Contains("public static global::Corpus.Article AB =>", GeneratorHarness.Source(result, "Seeds.AB.g.cs"));
        Assert.Equal("seeds/a b.txt", GeneratedData.Articles(GeneratorHarness.Source(result, "Seeds.AB.g.cs")).Single().Path);
        Assert.Equal("seeds/a-b.txt", GeneratedData.Articles(GeneratorHarness.Source(result, "Seeds.AB_2.g.cs")).Single().Path);
        Assert.Equal("seeds/a_b.txt", GeneratedData.Articles(GeneratorHarness.Source(result, "Seeds.AB_3.g.cs")).Single().Path);
        Assert.Empty(harness.CompilationProblems());
    }

    [Fact]
    public void HostileFileNamesAllCompileToDistinctMembers()
    {
        var names = new[]
        {
            "seeds/x/a.txt", "seeds/y/a.txt", "seeds/class.txt", "seeds/2010.txt", "seeds/Ош.txt", "seeds/aB.txt", "seeds/ab.txt",
            "seeds/all.txt", "seeds/seeds.txt", "seeds/" + new string('n', 200) + "1.txt", "seeds/" + new string('n', 200) + "2.txt",
            "seeds/we\"ird name.txt", "seeds/line\u2028break.txt", "seeds/{brace}.txt", "seeds/get-hash-code.txt",
        };
        var articles = names.Select(n => TestArticle.Corpus(n, "Text of " + n + ".\n", recursiveDir: n.Count(c => c == '/') > 1 ? n.Split('/')[1] + "/" : null)).ToArray();
        var harness = new GeneratorHarness(articles);
        var result = harness.Run();

        Assert.Empty(harness.CompilationProblems());
        // Every article, the index, and the people's members: the quotation mark of we"ird name.txt quotes someone.
        Assert.Equal(names.Length + 2, result.GeneratedSources.Length);
        Assert.Contains(result.GeneratedSources, s => s.HintName == "Seeds.People.g.cs");
        Assert.Equal(result.GeneratedSources.Length, result.GeneratedSources.Select(s => s.HintName.ToUpperInvariant()).Distinct().Count());
        var corpus = harness.Output.GetTypeByMetadataName("Consumer.Seeds")!;
        var members = corpus.GetMembers().OfType<Microsoft.CodeAnalysis.IPropertySymbol>().Where(p => p.Type.Name == "Article").Select(p => p.Name).ToList();
        Assert.Equal(names.Length, members.Count);
        Assert.Contains("All_2", members);
        Assert.Contains("Seeds_2", members);
        Assert.Contains("Ош", members);
        Assert.Contains("XA", members);
        Assert.Contains("YA", members);
    }

    [Fact]
    public void CorporaWhoseNamesDifferOnlyByCaseAreOneCorpus()
    {
        // Hint names are compared ignoring case: two classes News and NEWS would stop the generator (CS8785).
        var harness = new GeneratorHarness(new[] { TestArticle.Corpus("News/a.txt", "A.\n"), TestArticle.Corpus("NEWS/b.txt", "B.\n") });
        var result = harness.Run();

        Assert.Empty(harness.GeneratorDiagnostics);
        Assert.Empty(harness.CompilationProblems());
        Assert.Equal(new[] { "NEWS.A.g.cs", "NEWS.B.g.cs", "NEWS.g.cs" }, result.GeneratedSources.Select(s => s.HintName).OrderBy(h => h, System.StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("seeds/figure-list.txt", null)]
    [InlineData("seeds/quote-list.txt", null)]
    [InlineData("seeds/person-list.txt", null)]
    [InlineData("news/a.txt", "FigureList")]
    [InlineData("news/a.txt", "QuoteList")]
    [InlineData("news/a.txt", "PersonList")]
    public void ArticlesAndCorporaNamedLikeTheNestedListsStillCompile(string path, string? corpus)
    {
        var harness = new GeneratorHarness(new[] { TestArticle.Corpus(path, "Officials said 60 people died.\n", corpusName: corpus) });
        harness.Run();

        Assert.Empty(harness.GeneratorDiagnostics);
        Assert.Empty(harness.CompilationProblems());
    }
}
