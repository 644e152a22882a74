using System.Linq;
using System.Text;
using Corpus.Extraction.Model;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Tests.Text;

public class ArticleDecoderTests
{
    [Fact]
    public void Utf8_without_a_byte_order_mark()
    {
        var decoded = ArticleDecoder.Decode(Encoding.UTF8.GetBytes("“Osh” café"));

        Assert.Equal(new DecodedText("“Osh” café", "utf-8"), decoded);
    }

    [Fact]
    public void A_byte_order_mark_decides_and_is_not_text()
    {
        Assert.Equal("Osh", ArticleDecoder.Decode(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'O', (byte)'s', (byte)'h' }).Text);
        Assert.Equal("Osh", ArticleDecoder.Decode(new byte[] { 0xFF, 0xFE, (byte)'O', 0, (byte)'s', 0, (byte)'h', 0 }).Text);
        Assert.Equal("Osh", ArticleDecoder.Decode(new byte[] { 0xFE, 0xFF, 0, (byte)'O', 0, (byte)'s', 0, (byte)'h' }).Text);
    }

    [Fact]
    public void Bytes_that_are_not_text_reach_the_engine_as_undecodable()
    {
        // 0x93 is a Windows-1252 smart quote, never valid UTF-8 on its own.
        var text = ArticleDecoder.Decode(new byte[] { (byte)'A', 0x93, (byte)'O', (byte)'s', (byte)'h', 0x94, (byte)'.' }).Text;
        var model = ArticleReader.Read("a.txt", text, ArticleMetadata.None);

        var finding = Assert.Single(model.Findings);
        Assert.Equal(FindingKind.UndecodableBytes, finding.Kind);
        Assert.Equal(text.IndexOf('\uFFFD'), finding.Range.Start);
    }

    [Fact]
    public void The_checksum_is_the_one_the_model_records()
    {
        var text = ArticleDecoder.Decode(Encoding.UTF8.GetBytes("Troops left.")).Text;

        Assert.Equal(ArticleReader.Read("a.txt", text, ArticleMetadata.None).TextChecksum, ArticleDecoder.Checksum(text));
    }
}
