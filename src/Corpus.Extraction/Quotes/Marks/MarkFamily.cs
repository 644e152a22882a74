namespace Corpus.Extraction.Quotes.Marks;

/// <summary>
/// Quotation marks pair within a family, whatever the glyph: a curly opener may be closed by a straight
/// mark and the reverse, and „ is closed by “ as in German.
/// </summary>
internal enum MarkFamily : byte
{
    None,

    /// <summary>" “ ” „ ‟ « » ＂</summary>
    Double,

    /// <summary>' ‘ ’ ‚ ‛ ‹ ›</summary>
    Single,
}
