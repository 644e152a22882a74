namespace Corpus.Extraction.Quotes.Marks;

/// <summary>What a quotation-mark character does where it stands, judged from its neighbours.</summary>
internal enum MarkRole : byte
{
    /// <summary>Not a quotation mark here: an apostrophe (country’s, ’til, farmers' when a better closer follows).</summary>
    None,

    Open,

    Close,

    /// <summary>
    /// A closer that may as well be something else: an apostrophe after a plural ("the players’ decision")
    /// or an inch or foot mark after a digit. It closes only if no clearer closer follows before the next opener.
    /// </summary>
    WeakClose,

    /// <summary>A straight double mark with no telling context: it closes an open quote, or opens one.</summary>
    Toggle,
}
