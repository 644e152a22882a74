using System.Linq;

namespace Corpus.Seeds.Tests;

/// <summary>Figures as a user reaches them: named members and LINQ over typed values.</summary>
public class FigureTests
{
    [Fact]
    public void NamedFiguresCarryTheirValues()
    {
        var dead = Seeds.Figures.MoreThan60PeopleDead;

        Assert.Equal(60m, dead.Value);
        Assert.Equal(Qualifier.MoreThan, dead.Qualifier);
        Assert.Equal(FigureKind.Count, dead.Kind);
        Assert.Equal("dead", dead.Counts);
        Assert.Equal("more than 60", dead.Text);
        Assert.Same(Seeds.Article000Dcf93b46243cb9cc.Sentences[0], dead.Sentence);
    }

    [Fact]
    public void LinqOverDeathTolls()
    {
        var tolls =
            from f in Seeds.Figures
            where f.Kind == FigureKind.Count && (f.Counts == "killed" || f.Counts == "dead")
            select (f.Value, f.Qualifier);

        Assert.Contains((60m, Qualifier.MoreThan), tolls);
        Assert.Contains((63m, Qualifier.Exact), tolls);
        Assert.Contains((85m, Qualifier.AtLeast), tolls);
    }

    [Fact]
    public void DesignatorsAndDatesAreNotFigures()
    {
        Assert.DoesNotContain(Seeds.Figures, f => f.Text.Contains("76"));
        Assert.DoesNotContain(Seeds.Figures, f => f.Sentence?.Text.StartsWith("Kyrgyzstan is expected to vote") == true);
    }

    [Fact]
    public void AFigureInsideAQuoteKnowsItsQuote()
    {
        var toll = Seeds.Figures.Figure63PeopleKilled;

        Assert.NotNull(toll.Quote);
        Assert.Contains("63 people had been killed", toll.Quote!.Text);
    }
}
