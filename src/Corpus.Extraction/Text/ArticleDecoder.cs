using Corpus.Shared;

namespace Corpus.Extraction.Text;

/// <summary>
/// Decodes an article file's bytes exactly as the compiler and the runtime do (see <c>Corpus.Shared.ArticleBytes</c>),
/// so hosts outside the build, such as the CLI, compute spans over the same text.
/// </summary>
public static class ArticleDecoder
{
    public static DecodedText Decode(byte[] bytes)
    {
        var decoded = ArticleBytes.Decode(bytes);
        return new DecodedText(decoded.Text, decoded.Encoding);
    }

    /// <summary>The checksum the generator records for a text, and the runtime checks the embedded text against.</summary>
    public static uint Checksum(string text) => ArticleBytes.Checksum(text);
}
