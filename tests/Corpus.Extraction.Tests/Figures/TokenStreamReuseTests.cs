using System.Threading;
using Corpus.Extraction.Figures.Scanning;

namespace Corpus.Extraction.Tests.Figures;

/// <summary>
/// The figure tokenizer reuses one array per thread for every sentence. A sentence read after a longer one
/// must see only its own tokens, and the figures of a sentence must not depend on what was read before.
/// </summary>
public sealed class TokenStreamReuseTests
{
    private const string Long = "More than 300 villagers fled across the border to Uzbekistan on Saturday, officials said.";
    private const string Short = "Five died.";

    [Fact]
    public void ASentenceAfterALongerOneSeesOnlyItsOwnTokens()
    {
        var longer = Tokenizer.Tokenize(Long, 0, Long.Length, CancellationToken.None);
        Assert.True(longer.HasWord("uzbekistan"));
        var count = longer.Count;

        var shorter = Tokenizer.Tokenize(Short, 0, Short.Length, CancellationToken.None);

        Assert.Equal(3, shorter.Count);
        Assert.True(count > shorter.Count);
        Assert.False(shorter.InRange(shorter.Count));
        Assert.False(shorter.HasWord("uzbekistan"));
        Assert.Null(shorter.Word(shorter.Count));
        Assert.Throws<System.ArgumentOutOfRangeException>(() => shorter[shorter.Count].Start);
    }

    [Fact]
    public void FiguresDoNotDependOnTheSentencesReadBefore()
    {
        var alone = ArticleReader.Read("b.txt", Short, Model.ArticleMetadata.None).Figures;
        ArticleReader.Read("a.txt", Long + "\n\n" + Long, Model.ArticleMetadata.None);
        var after = ArticleReader.Read("b.txt", Short, Model.ArticleMetadata.None).Figures;

        Assert.Single(alone);
        Assert.Equal(alone, after);
    }
}
