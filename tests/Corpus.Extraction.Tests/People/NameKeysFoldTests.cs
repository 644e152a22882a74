using System.Linq;
using Corpus.Extraction.People;

namespace Corpus.Extraction.Tests.People;

/// <summary>
/// Names fold to one key whatever their case, accents, apostrophes and hyphens; ASCII names take a path
/// of their own that must fold exactly as the general one does.
/// </summary>
public class NameKeysFoldTests
{
    [Theory]
    [InlineData("Roza Otunbayeva", "roza otunbayeva")]
    [InlineData("roza otunbayeva", "roza otunbayeva")]
    [InlineData("O`Neil", "o'neil")]
    [InlineData("O\u2019Neil", "o'neil")]
    [InlineData("Ötunbáyeva", "otunbayeva")]
    [InlineData("Jean\u2011Claude", "jean-claude")]
    [InlineData("ITAR-TASS", "itar-tass")]
    [InlineData("", "")]
    public void NamesFoldToOneKey(string name, string key) => Assert.Equal(key, NameKeys.Fold(name));

    [Fact]
    public void AFoldedAsciiNameIsKeptAsItIs()
    {
        var name = "roza otunbayeva";
        Assert.Same(name, NameKeys.Fold(name));
    }

    [Fact]
    public void EveryAsciiCharacterFoldsAsItWouldBesideAnAccentedOne()
    {
        // "é" sends the name down the general path; the ASCII characters beside it must fold the same there.
        foreach (var c in Enumerable.Range(0, 128).Select(i => (char)i))
        {
            var ascii = NameKeys.Fold("a" + c + "b");
            var general = NameKeys.Fold("\u00E9" + c + "b");
            Assert.Equal(general.Substring(1), ascii.Substring(1));
        }
    }
}
