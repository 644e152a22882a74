using System.Collections.Generic;
using System.Linq;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator.Tests.Hostile;

/// <summary>
/// File and folder names the naming rules meet in real projects, beyond NamingTests: names that clash
/// with what the generator itself declares, Unicode normalization and invisible characters, long
/// non-Latin names, the same file name twice in one corpus. Every case must compile to unique, valid names, the same whatever order the files come in.
/// </summary>
public class FileNameTests
{
    [Theory]
    [InlineData("all.txt")]
    [InlineData("figures.txt")]
    [InlineData("quotes.txt")]
    [InlineData("people.txt")]
    [InlineData("get-hash-code.txt")]
    [InlineData("records.txt")]
    [InlineData("data.txt")]
    [InlineData("get.txt")]
    [InlineData("create.txt")]
    [InlineData("speakers.txt")]
    public void AnArticleNamedLikeAMemberOfItsCorpusGetsAnotherName(string file)
    {
        var harness = new GeneratorHarness(new[] { TestArticle.Corpus("seeds/" + file, "Officials said 60 people died.\n") });
        var result = harness.Run();

        Assert.Empty(harness.CompilationProblems());
        GeneratedCode.AssertOnlyCorpus(harness.Output, articles: 1);
        Assert.Equal(2, result.GeneratedSources.Length);
    }

    [Theory]
    [InlineData("Article")]
    [InlineData("Runtime")]
    [InlineData("Once")]
    public void ACorpusNamedLikeATypeItUsesCompiles(string corpusName)
    {
        var harness = new GeneratorHarness(new[] { TestArticle.Corpus("news/a.txt", "Officials said 60 people died.\n", corpusName: corpusName) });
        var result = harness.Run();

        Assert.Empty(result.Diagnostics);
        Assert.Empty(harness.CompilationProblems());
        Assert.Equal("Officials said 60 people died.\n", Assert.Single(LoadedCorpus.All(harness, "Consumer." + corpusName)).Text);
    }

    [Fact]
    public void CollidingNamesAreTheSameWhateverTheFileOrder()
    {
        var files = new[] { "a-b.txt", "a_b.txt", "a b.txt", "A-B.txt", "a.b.txt", "ab.txt", "AB.txt", "a\u200Bb.txt", "x/a-b.txt", "y/a_b.txt" }
            .Select(name => TestArticle.Corpus("seeds/" + name, "Text of " + name + ".\n", recursiveDir: name.Contains('/') ? name.Split('/')[0] + "/" : null))
            .ToArray();
        var random = new System.Random(7);
        var expected = Sources(files);

        for (var round = 0; round < 4; round++)
        {
            var shuffled = files.OrderBy(_ => random.Next()).ToArray();
            Assert.Equal(expected, Sources(shuffled));
        }
        Assert.Equal(files.Length + 1, expected.Count);
    }

    [Fact]
    public void NormalizationFormsAndInvisibleCharactersGiveValidDistinctNames()
    {
        var names = new[]
        {
            "caf\u00E9.txt", "cafe\u0301.txt", "\u200B.txt", "\u200B\u200B.txt", "\u0301accent-first.txt", "\u0663\u0660-arabic-digits.txt",
            "\uD83D\uDD25.txt", "\uD83D\uDD25\uD83D\uDD25.txt", "\u2167-roman.txt", "\u00DF.txt", "\u1E9E.txt", "a\u203Fb.txt", "\u6771\u4EAC.txt",
        };
        var harness = new GeneratorHarness(names.Select(n => TestArticle.Corpus("seeds/" + n, "Text.\n")).ToArray());
        var result = harness.Run();

        Assert.Empty(result.Diagnostics);
        Assert.Empty(harness.CompilationProblems());
        GeneratedCode.AssertInert(result, harness.ParseOptions);
        GeneratedCode.AssertOnlyCorpus(harness.Output, names.Length);
    }

    [Fact]
    public void LongNonLatinNamesAreCutToValidUniqueNames()
    {
        var names = Enumerable.Range(0, 5).Select(i => "seeds/" + string.Concat(Enumerable.Repeat("\u041E\u0448", 60)) + i + ".txt").ToArray();
        var harness = new GeneratorHarness(names.Select(n => TestArticle.Corpus(n, "Text.\n")).ToArray());
        var result = harness.Run();

        Assert.Empty(harness.CompilationProblems());
        GeneratedCode.AssertOnlyCorpus(harness.Output, names.Length);
        Assert.All(result.GeneratedSources, s => Assert.True(s.HintName.Length < 200, s.HintName));
    }

    [Fact]
    public void TheSameFileNameInTwoFoldersOfOneCorpusGivesTwoMembers()
    {
        // CorpusArticle Include="one/a.txt;two/a.txt" CorpusName="News": no RecursiveDir tells them apart.
        var harness = new GeneratorHarness(new[]
        {
            TestArticle.Corpus("one/a.txt", "One.\n", corpusName: "News"), TestArticle.Corpus("two/a.txt", "Two.\n", corpusName: "News"),
        });
        var result = harness.Run();

        Assert.Empty(harness.CompilationProblems());
        Assert.Equal("one/a.txt", GeneratedData.Articles(GeneratorHarness.Source(result, "News.A.g.cs")).Single().Path);
        Assert.Equal("two/a.txt", GeneratedData.Articles(GeneratorHarness.Source(result, "News.A_2.g.cs")).Single().Path);
        var all = LoadedCorpus.All(harness, "Consumer.News");
        Assert.Equal(new[] { "One.\n", "Two.\n" }, all.Select(a => a.Text));
    }

    private static List<(string HintName, string Text)> Sources(IEnumerable<AdditionalText> files)
    {
        var harness = new GeneratorHarness(files);
        var result = harness.Run();
        Assert.Empty(harness.CompilationProblems());
        return result.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).OrderBy(s => s.HintName, System.StringComparer.Ordinal).ToList();
    }
}
