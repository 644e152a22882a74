namespace Corpus.Fuzz.Inputs;

/// <summary>One way of breaking an article. Byte-level mutations go through the decoder, as a broken file would.</summary>
public enum Mutation
{
    FlipBytes,
    Reencode,
    Windows1252,
    InsertQuotes,
    InsertNumbers,
    InsertLineBreaks,
    InsertSurrogates,
    InsertOddCharacters,
    InsertInjection,
    InsertStructure,
    Truncate,
    Splice,
    Repeat,
    Delete,
    ShuffleLines,
    ChangeCase,
}
