using System.Linq;
using Corpus.Extraction.People;

namespace Corpus.Extraction.Tests.People;

/// <summary>Surnames name one person when equal or, long, one letter apart past the first two letters.</summary>
public sealed class SurnameIndexTests
{
    [Theory]
    [InlineData("otunbayeva", "otunbayeva", true)]
    [InlineData("otunbayeva", "otunbaeva", true)]
    [InlineData("otunbaeva", "otunbayeva", true)]
    [InlineData("otunbayeva", "otunbayova", true)]
    [InlineData("berg", "berg", true)]
    [InlineData("berg", "borg", false)]
    [InlineData("bergman", "bergmann", true)]
    [InlineData("otunbayeva", "otunbyaeva", false)]
    [InlineData("otunbayeva", "oxunbayeva", false)]
    [InlineData("otunbayeva", "tunbayeva", false)]
    [InlineData("otunbayeva", "otunbaev", false)]
    public void Finds_the_surnames_of_the_same_person(string indexed, string looked, bool same)
    {
        var index = new SurnameIndex(new[] { indexed, "medvedev", "clinton" });

        Assert.Equal(same, index.Matches(looked).Contains(indexed));
        Assert.Equal(same, SurnameIndex.Same(looked, indexed));
    }

    [Fact]
    public void Finds_every_spelling_once()
    {
        var index = new SurnameIndex(new[] { "otunbayeva", "otunbaeva", "otunbayova", "bakiyev" });

        Assert.Equal(new[] { "otunbaeva", "otunbayeva", "otunbayova" }, index.Matches("otunbayeva").OrderBy(s => s, System.StringComparer.Ordinal));
    }
}
