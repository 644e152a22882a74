using System.Collections.Generic;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Quotes.Marks;

/// <summary>One piece of a quotation inside one paragraph: the marks and the words between them.</summary>
/// <param name="Block">The paragraph (block) the piece is in.</param>
/// <param name="Span">From the opening mark to past the closing mark (to the recovered end if unclosed).</param>
/// <param name="Content">The words, without the marks, surrounding white space or the comma before the closer.</param>
/// <param name="Ending">The last character inside the marks before trimming ('.', ',', '?'…), or '\0'.</param>
internal readonly record struct QuotePart(int Block, TextRange Span, TextRange Content, char Ending);

/// <summary>A top-level quotation as its marks delimit it: one part, or one per paragraph it runs over.</summary>
internal sealed class ScannedQuote
{
    public List<QuotePart> Parts { get; } = new();

    /// <summary>The quote was never closed; it was read up to its attribution or its paragraph's end.</summary>
    public bool Unclosed { get; set; }
}
