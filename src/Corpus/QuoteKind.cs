namespace Corpus;

public enum QuoteKind
{
    /// <summary>Whole sentences in quotation marks.</summary>
    Direct,

    /// <summary>A quoted fragment inside the reporter's sentence: saying "they have other duties to perform".</summary>
    Partial,

    /// <summary>Reported speech without marks: X said (that) …, according to X, …</summary>
    Indirect,
}
