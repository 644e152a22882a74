using System.IO;
using System.Linq;
using Corpus.Extraction.Text;
using Corpus.Testing;

namespace Corpus.Extraction.Tests.Text;

/// <summary>The shared token strings stand for exactly the characters they are looked up by.</summary>
public sealed class TokenStringsTests
{
    [Fact]
    public void A_spelling_has_its_characters_and_their_lower_case()
    {
        const string text = "The UN said THE İstanbul";
        var the = TokenStrings.Of(text, 0, 3);
        Assert.Equal("The", the.Text);
        Assert.Equal("the", the.Lower);
        Assert.True(the.FirstLetterIsUpper);
        Assert.False(the.IsAcronym);
        Assert.True(TokenStrings.Of(text, 4, 2).IsAcronym);
        Assert.Equal("the'", TokenStrings.Of(text, 12, 3).LowerWithApostrophe);
        Assert.Equal("İstanbul".ToLowerInvariant(), TokenStrings.Of(text, 16, 8).Lower);
    }

    [Fact]
    public void Tokens_spelled_alike_share_one_string()
    {
        const string text = "said and said";
        Assert.Same(TokenStrings.Of(text, 0, 4), TokenStrings.Of(text, 9, 4));
        Assert.NotEqual(TokenStrings.Of(text, 0, 4).Text, TokenStrings.Of(text, 5, 3).Text);
    }

    [Fact]
    public void Every_slice_of_the_seeds_reads_back_as_itself()
    {
        foreach (var path in Directory.EnumerateFiles(RepoPaths.Seeds, "*.txt"))
        {
            var text = File.ReadAllText(path);
            for (var start = 0; start < text.Length; start += 7)
            {
                foreach (var length in new[] { 1, 2, 5, 12, 33, 40 }.Where(l => start + l <= text.Length))
                {
                    var spelling = TokenStrings.Of(text, start, length);
                    var expected = text.Substring(start, length);
                    Assert.Equal(expected, spelling.Text);
                    Assert.Equal(expected.ToLowerInvariant(), spelling.Lower);
                }
            }
        }
    }
}
