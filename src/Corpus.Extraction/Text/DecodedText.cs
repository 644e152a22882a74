namespace Corpus.Extraction.Text;

/// <summary>An article file's text and the encoding it was decoded with (utf-8, utf-8-bom, utf-16le, utf-16be, utf-32le or windows-1252).</summary>
public sealed record DecodedText(string Text, string Encoding);
