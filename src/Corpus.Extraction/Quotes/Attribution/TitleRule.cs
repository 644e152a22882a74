using System.Collections.Generic;
using Corpus.Extraction.Model;
using Corpus.Extraction.Quotes.Tokens;
using Corpus.Extraction.Quotes.Vocabulary;

namespace Corpus.Extraction.Quotes.Attribution;

/// <summary>
/// Words in quotation marks that name something rather than quote someone: titles, names, nicknames,
/// words talked about. The rule (also in docs/quotes.md): a quoted span that nobody is said to have said
/// (no speech cue attributes it) is a name or title, not a quote, when
/// <list type="number">
/// <item>a naming word stands right before it: called, named, dubbed, nicknamed, titled, entitled,
/// codenamed, so-called, known as, billed as ("a channel called “112”", "the so-called “peace plan”");</item>
/// <item>or a noun for a work or a name stands right before it, possibly with a comma: "the film “X”",
/// "the word “freedom”", "Her new film, “The Last Harvest”, opens";</item>
/// <item>or it stands between two capitalised words: a nickname (Dwayne “The Hammer” Collins);</item>
/// <item>or it has no letters, or is one number or code ("112", "X-37");</item>
/// <item>or it is in title case: at most eight words, every word capitalised except short function
/// words, and no closing punctuation inside the marks ("“The Last Harvest” opens on Friday").</item>
/// </list>
/// The context rules (1-4) hold even when a speech verb follows ("Dwayne “The Hammer” Collins said");
/// title case (5) does not: a quote with a speech cue ("“Stop the War,” protesters chanted", "he shouted
/// “Allahu Akbar”") is a quote whatever its case.
/// </summary>
internal static class TitleRule
{
    private const int MaxTitleWords = 8;

    // netstandard2.0 has only TrimEnd(params char[]): a shared array saves one per call.
    private static readonly char[] TrailingPunctuation = { ',', '.', ';', ':', '!', '?' };

    private static readonly HashSet<string> Naming = FunctionWords.Set(
        "called", "named", "dubbed", "nicknamed", "titled", "entitled", "codenamed", "code-named", "so-called",
        "renamed", "aka", "hashtag", "trademarked", "styled", "self-styled", "self-described");

    private static readonly HashSet<string> NamingBeforeAs = FunctionWords.Set("known", "billed", "referred", "marketed");

    private static readonly HashSet<string> Works = FunctionWords.Set(
        "film", "movie", "documentary", "show", "series", "programme", "program", "book", "novel", "memoir",
        "album", "song", "single", "track", "play", "opera", "musical", "poem", "painting", "exhibition",
        "exhibit", "channel", "newspaper", "magazine", "column", "blog", "podcast", "app", "game", "hashtag",
        "slogan", "operation", "campaign", "project", "initiative", "brand", "ship", "vessel", "motto",
        "tagline", "headline", "title", "nickname", "codename", "word", "words", "term", "phrase", "expression",
        "label", "band", "station", "website", "site", "platform", "sitcom", "drama", "thriller", "comedy",
        "video", "clip", "speech", "essay", "article", "editorial", "report", "manifesto", "doctrine", "motto",
        "acronym", "name", "sign", "banner", "placard", "t-shirt", "mantra", "catchphrase", "verse", "chapter");

    private static readonly HashSet<string> Small = FunctionWords.Set(
        "a", "an", "the", "of", "and", "or", "nor", "in", "on", "at", "to", "for", "with", "by", "from", "de", "la",
        "le", "von", "van", "du", "des", "del", "der", "y", "et", "as", "but", "is");

    /// <param name="attributed">A speech cue attributes the span: only the context rules (1-4) apply then.</param>
    public static bool IsNameOrTitle(string text, Block block, int q, TextRange content, bool attributed)
    {
        var previous = q - 1 >= 0 ? block[q - 1] : default;
        var hasPrevious = q - 1 >= 0 && !block[q - 1].IsQuote && block.SentenceOf(q - 1) == block.SentenceOf(q);
        if (hasPrevious && previous.IsWord)
        {
            if (Naming.Contains(previous.Lower) || Works.Contains(previous.Bare)) return true;
            if (previous.Lower == "as" && q - 2 >= 0 && NamingBeforeAs.Contains(block[q - 2].Lower)) return true;
            // A nickname between two names.
            if (previous.Capitalized && !Cues.IsSentenceStart(block, q - 1) && q + 1 < block.Count && block[q + 1].IsWord && block[q + 1].Capitalized)
                return true;
        }
        if (hasPrevious && previous.IsPunct(',') && q - 2 >= 0 && block[q - 2].IsWord && Works.Contains(block[q - 2].Bare)) return true;
        return IsCode(text, content) || (!attributed && IsTitleCase(text, content));
    }

    private static bool IsCode(string text, TextRange content)
    {
        var letters = 0;
        var spaces = 0;
        var lower = 0;
        for (var i = content.Start; i < content.End; i++)
        {
            var c = text[i];
            if (char.IsLetter(c)) letters++;
            if (char.IsLower(c)) lower++;
            if (char.IsWhiteSpace(c)) spaces++;
        }
        return letters == 0 || (spaces == 0 && lower == 0 && content.Length <= 12);
    }

    private static bool IsTitleCase(string text, TextRange content)
    {
        var words = 0;
        var i = content.Start;
        var ending = content.End > content.Start ? text[content.End - 1] : '\0';
        if (ending is '.' or '!' or '?' or ',' or ';' or ':' or '\u2026') return false;
        while (i < content.End)
        {
            while (i < content.End && !char.IsLetterOrDigit(text[i])) i++;
            if (i >= content.End) break;
            var start = i;
            while (i < content.End && !char.IsWhiteSpace(text[i])) i++;
            words++;
            if (words > MaxTitleWords) return false;
            var word = text.Substring(start, i - start).TrimEnd(TrailingPunctuation).ToLowerInvariant();
            if (words > 1 && Small.Contains(word)) continue;
            if (!char.IsUpper(text[start]) && !char.IsDigit(text[start])) return false;
        }
        return words > 0;
    }
}
