using Corpus.Shared;

namespace Corpus.Extraction.Tests.Text;

/// <summary>The checksum stays FNV-1a over the text's UTF-16 code units, low byte first, whatever shortcut computes it.</summary>
public sealed class ChecksumTests
{
    [Theory]
    [InlineData("")]
    [InlineData("Osh")]
    [InlineData("café, naïve, ½ and ÿ")]
    [InlineData("“Osh” — Ğ ﬁ € \uFFFD")]
    [InlineData("\uD83D\uDE00 \uD800 \u0000\u00FF\u0100")]
    public void Is_fnv1a_over_the_utf16_bytes(string text)
    {
        var expected = 2166136261u;
        foreach (var c in text)
        {
            expected = unchecked((expected ^ (byte)c) * 16777619u);
            expected = unchecked((expected ^ (byte)(c >> 8)) * 16777619u);
        }
        Assert.Equal(expected, ArticleBytes.Checksum(text));
    }
}
