using System.Linq;

namespace Corpus.Seeds.Tests;

/// <summary>The seeds as a user meets them: generated members, checked by the compiler, queried with LINQ.</summary>
public class SeedCorpusTests
{
    [Fact]
    public void EveryArticleIsAMemberAndInAll()
    {
        Assert.Equal(2, Seeds.All.Count);
        Assert.Same(Seeds.Article000Dcf93b46243cb9cc, Seeds.All[0]);
        Assert.Same(Seeds.Article003_65d72a984a2ce250, Seeds.All[1]);
        Assert.Equal("000_dcf93b46243cb9cc", Seeds.Article000Dcf93b46243cb9cc.Id);
        Assert.Equal("Seeds", Seeds.Article000Dcf93b46243cb9cc.Corpus);
    }

    [Fact]
    public void TextIsTheFileExactly()
    {
        foreach (var article in Seeds.All)
        {
            var file = System.IO.Path.Combine(Corpus.Testing.RepoPaths.Seeds, article.Id + ".txt");
            Assert.Equal(System.IO.File.ReadAllText(file), article.Text);
        }
    }

    [Fact]
    public void FurnitureBecomesTheSectionAndLeavesTheBody()
    {
        var article = Seeds.Article000Dcf93b46243cb9cc;

        Assert.Equal("International", article.Section);
        Assert.DoesNotContain(article.Paragraphs, p => p.Text.Contains("More In:"));
        Assert.EndsWith("looted and torched.", article.Paragraphs[^1].Text);
    }

    [Fact]
    public void LinqOverSentencesFindsWhatTheArticlesSay()
    {
        var mentions =
            from article in Seeds.All
            from sentence in article.Sentences
            where sentence.Text.Contains("Otunbayeva")
            select sentence;

        Assert.Contains(mentions, s => s.Article == Seeds.Article003_65d72a984a2ce250 && s.Text.StartsWith("Earlier, Kyrgyz interim leader Roza Otunbayeva"));
        Assert.All(mentions, s => Assert.Equal(s.Text, s.Article.Text.Substring(s.Span.Start, s.Span.Length)));
    }

    [Fact]
    public void SpansMapToLinesAndColumns()
    {
        var article = Seeds.Article003_65d72a984a2ce250;
        var third = article.Paragraphs[2];

        var position = article.GetLinePosition(third.Span.Start);

        Assert.Equal(3, position.Line);
        Assert.Equal(1, position.Column);
    }

    [Fact]
    public void AbbreviationsDoNotEndSentences()
    {
        Assert.Contains(Seeds.Article000Dcf93b46243cb9cc.Sentences, s => s.Text.StartsWith("Ms. Timakova said Mr. Medvedev, as the rotating president"));
    }
}
