namespace Corpus.Extraction.Quotes.Vocabulary;

/// <summary>What the text tells of a person's gender; used only to keep "she said" away from a man.</summary>
internal enum Gender : byte
{
    Unknown,
    Male,
    Female,
}
