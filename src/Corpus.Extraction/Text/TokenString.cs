using System;
using System.Threading;

namespace Corpus.Extraction.Text;

/// <summary>
/// The characters of a token as a string, with the forms the readers compare against. One instance
/// stands for every token spelled the same, so its forms are computed once, not once per occurrence.
/// </summary>
internal sealed class TokenString
{
    private const int Known = 1 << 31;

    private string? _lowerWithApostrophe;
    private string? _bare;

    // What the quote tokenizer and the figure reader look up about the lower-case form (vocabulary
    // classes; whether a number can start there), kept here so it is looked up once per spelling, not
    // once per token; Known marks it as looked up.
    private int _quoteFacts;
    private int _figureFacts;

    public TokenString(string text)
    {
        Text = text;
        Lower = text.ToLowerInvariant();
        var letters = 0;
        var upper = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            if (letters == 0) FirstLetterIsUpper = char.IsUpper(c);
            letters++;
            if (char.IsUpper(c)) upper++;
        }
        IsAcronym = letters >= 2 && upper == letters;
    }

    public string Text { get; }

    public string Lower { get; }

    public bool FirstLetterIsUpper { get; }

    /// <summary>Two letters or more, all upper case (ITAR-TASS, UN).</summary>
    public bool IsAcronym { get; }

    /// <summary>
    /// <see cref="Lower"/> without a possessive ending ("russia" for "Russia's"), one instance per spelling:
    /// the vocabulary's caches are keyed by instance, so a possessive is not classified again at every occurrence.
    /// </summary>
    public string Bare => _bare ??= Possessives.Strip(Lower);

    /// <summary>The lower case form with an ASCII apostrophe after it: a plural possessive ("farmers'").</summary>
    public string LowerWithApostrophe => _lowerWithApostrophe ??= Lower + "'";

    /// <summary>
    /// The facts <paramref name="lookUp"/> gives about <see cref="Lower"/> (bit 31 clear), looked up on first use and kept.
    /// The quote tokenizer keeps its facts here: it passes the same function every time.
    /// </summary>
    public int QuoteFacts(Func<string, int> lookUp) => Facts(ref _quoteFacts, lookUp);

    /// <summary>As <see cref="QuoteFacts"/>, for the figure reader.</summary>
    public int FigureFacts(Func<string, int> lookUp) => Facts(ref _figureFacts, lookUp);

    private int Facts(ref int kept, Func<string, int> lookUp)
    {
        var facts = Volatile.Read(ref kept);
        if (facts == 0)
        {
            facts = lookUp(Lower) | Known;
            Volatile.Write(ref kept, facts);
        }
        return facts & ~Known;
    }
}
