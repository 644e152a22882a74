namespace Corpus.Extraction.Model;

/// <summary>A sentence and the index of the paragraph that holds it.</summary>
public readonly record struct SentenceModel(TextRange Range, int Paragraph);
