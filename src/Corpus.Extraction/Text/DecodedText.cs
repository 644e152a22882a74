namespace Corpus.Extraction.Text;

/// <summary>An article file's text and the web name of the encoding it was decoded with (as <c>Encoding.WebName</c> gives it).</summary>
public sealed record DecodedText(string Text, string Encoding);
