using System.Linq;

namespace Corpus.Seeds.Tests;

/// <summary>
/// The compiler decoded these files for the generator; the runtime decodes the embedded bytes again.
/// Both must give the same string, or every span would point at the wrong characters.
/// </summary>
public class EncodingTests
{
    private const string Unicode = "\u201c\u041e\u0448 is calm tonight,\u201d the mayor said.\n\nCaf\u00e9 owners \u2013 na\u00efve or brave \u2013 reopened.\n";

    [Theory]
    [InlineData("utf8")]
    [InlineData("utf8-bom")]
    [InlineData("utf16le-bom")]
    [InlineData("utf16be-bom")]
    public void UnicodeEncodingsReadBackExactly(string id)
    {
        var article = Encodings.All.Single(a => a.Id == id);

        Assert.Equal(Unicode, article.Text);
        Assert.Equal(2, article.Paragraphs.Count);
        Assert.Equal("Caf\u00e9 owners \u2013 na\u00efve or brave \u2013 reopened.", article.Paragraphs[1].Text);
    }

    [Fact]
    public void Windows1252BytesReadAsTheCompilerReadThem()
    {
        // The compiler on .NET reads a file without a byte order mark as UTF-8, each invalid byte a
        // U+FFFD (and the generator reports CORPUS005 there). The runtime must give back that same
        // string, or the spans computed on it would be off.
        var article = Encodings.Windows1252;

        Assert.Equal("\uFFFDOsh is calm tonight,\uFFFD the mayor said.\r\n\r\nCaf\uFFFD owners \uFFFD na\uFFFDve or brave \uFFFD reopened.\r\n", article.Text);
        Assert.Equal("\uFFFDOsh is calm tonight,\uFFFD the mayor said.", article.Paragraphs[0].Text);
    }

    [Fact]
    public void MixedLineEndingsKeepTheirBytesAndCountLines()
    {
        // Lines: "First paragraph." CRLF, blank CRLF, "Second paragraph." CR, "Third line." LF, blank LF, "Last.".
        var article = Encodings.MixedEndings;

        Assert.Equal("First paragraph.\r\n\r\nSecond paragraph.\rThird line.\n\nLast.", article.Text);
        Assert.Equal(6, article.GetLinePosition(article.Text.IndexOf("Last.", System.StringComparison.Ordinal)).Line);
        Assert.Equal("Last.", article.Paragraphs[^1].Text);
    }
}
