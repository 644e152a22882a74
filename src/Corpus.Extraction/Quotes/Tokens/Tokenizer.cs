using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Corpus.Extraction.Model;
using Corpus.Extraction.Quotes.Vocabulary;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Quotes.Tokens;

/// <summary>A quotation inside a paragraph, as the tokenizer needs it.</summary>
internal readonly record struct QuoteSpan(TextRange Span, int Part, char Ending);

/// <summary>
/// Splits a paragraph into words, punctuation and whole quotations, then into sentences. Its own
/// sentence ends (not the text engine's) because a quotation is one token here: a full stop inside
/// "We need help. We asked Russia." never ends the reporter's sentence.
/// </summary>
internal static class Tokenizer
{
    // Abbreviations whose full stop belongs to the word ("Ms.", "Gov."), not to the sentence.
    private static readonly HashSet<string> Abbreviations = FunctionWords.Set(
        "mr", "mrs", "ms", "mx", "dr", "prof", "st", "jr", "sr", "gen", "lt", "col", "maj", "capt", "sgt", "cpl",
        "adm", "cmdr", "gov", "sen", "rep", "rev", "hon", "fr", "supt", "insp", "det", "mt", "ft", "no", "vs",
        "etc", "inc", "corp", "ltd", "co", "bros", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "approx", "dept", "est", "govt", "pres", "messrs", "mme", "mlle", "brig", "amb",
        "atty", "msgr", "pvt", "cdr", "ave", "blvd", "rd", "univ", "assn");

    // Of those, the ones a sentence may end with: "... said Acme Corp. The company ..."
    private static readonly HashSet<string> MayEndSentence = FunctionWords.Set(
        "jr", "sr", "etc", "inc", "corp", "ltd", "co", "bros", "govt", "dept");

    private const string QuoteLower = "\"";

    private static readonly WordClass QuoteClasses = WordClasses.Of(QuoteLower);

    private static readonly Func<string, int> LookUpClasses = lower => (int)WordClasses.Of(lower);

    // Reused by every paragraph the thread reads: the block keeps an exact copy of the tokens.
    [ThreadStatic]
    private static List<Token>? t_tokens;

    [ThreadStatic]
    private static List<char>? t_endings;

    [ThreadStatic]
    private static List<(int, int)>? t_sentences;

    public static Block Read(string text, int index, TextRange range, IReadOnlyList<QuoteSpan> quotes, TokenBuffer buffer, CancellationToken cancellationToken)
    {
        var tokens = t_tokens ??= new List<Token>();
        var endings = t_endings ??= new List<char>();
        tokens.Clear();
        endings.Clear();
        var q = 0;
        var i = range.Start;
        while (i < range.End)
        {
            cancellationToken.Poll(i);
            if (q < quotes.Count && quotes[q].Span.Start <= i)
            {
                var quote = quotes[q++];
                if (quote.Span.End <= i) continue;
                tokens.Add(new Token(TokenKind.Quote, quote.Span.Start, quote.Span.End, QuoteLower, QuoteClasses, false, false, false, quote.Part));
                endings.Add(quote.Ending);
                i = quote.Span.End;
                continue;
            }
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            var limit = q < quotes.Count ? System.Math.Min(range.End, quotes[q].Span.Start) : range.End;
            if (StartsWord(text, i, limit))
            {
                i = ReadWord(text, i, limit, tokens);
                endings.Add('\0');
                continue;
            }
            var mark = TokenStrings.Of(text, i, 1);
            tokens.Add(new Token(TokenKind.Punct, i, i + 1, mark.Text, ClassesOf(mark, mark.Text), false, false, false, -1));
            endings.Add('\0');
            i++;
        }
        var (array, sentenceOf, offset) = buffer.Add(tokens);
        var sentences = Sentences(tokens, endings, sentenceOf, offset);
        var block = new Block(index, range, array, sentenceOf, offset, tokens.Count, sentences);
        // A paragraph of millions of tokens (a hostile file) would otherwise stay pinned to the thread.
        if (tokens.Capacity > TokenBuffer.LargestKept)
        {
            t_tokens = null;
            t_endings = null;
            t_sentences = null;
        }
        return block;
    }

    private static bool StartsWord(string text, int i, int limit)
    {
        var c = text[i];
        if (char.IsLetterOrDigit(c)) return true;
        // ’Til, '90s, $5: an elision or a currency sign belongs to the word after it.
        return (c is '\'' or '\u2019' or '$' or '£' or '€' or '#' or '@') && i + 1 < limit && char.IsLetterOrDigit(text[i + 1]);
    }

    private static int ReadWord(string text, int start, int limit, List<Token> tokens)
    {
        var j = start + 1;
        while (j < limit)
        {
            var c = text[j];
            if (char.IsLetterOrDigit(c) || IsMark(c))
            {
                j++;
                continue;
            }
            var nextIsWord = j + 1 < limit && char.IsLetterOrDigit(text[j + 1]);
            if (nextIsWord && (c is '\'' or '\u2019' or '-' or '\u2010' or '\u2011' or '&' or '.' or '/'
                || (c is ',' && char.IsDigit(text[j - 1]) && char.IsDigit(text[j + 1]))))
            {
                j++;
                continue;
            }
            break;
        }
        var spelling = TokenStrings.Of(text, start, j - start);
        var word = spelling.Text;
        var lower = spelling.Lower;
        var period = false;
        if (j < limit && text[j] == '.' && (Abbreviations.Contains(lower) || IsInitial(word) || word.IndexOf('.') > 0))
        {
            period = true;
            j++;
        }
        // farmers' : a plural possessive keeps its apostrophe (the scanner found it is no quotation mark).
        if (j < limit && (text[j] == '\'' || text[j] == '\u2019') && (lower.EndsWith("s", System.StringComparison.Ordinal))
            && (j + 1 >= limit || !char.IsLetterOrDigit(text[j + 1])))
        {
            j++;
            lower = spelling.LowerWithApostrophe;
        }
        // The spelling keeps its bare form; "farmers'" without its apostrophe is the spelling itself.
        var bare = ReferenceEquals(lower, spelling.Lower) ? spelling.Bare : spelling.Lower;
        tokens.Add(new Token(TokenKind.Word, start, j, lower, bare, ClassesOf(spelling, lower), spelling.FirstLetterIsUpper, spelling.IsAcronym, period, -1));
        return j;
    }

    // The spelling keeps the classes of its own lower-case form; a token written otherwise ("farmers'") looks its own up.
    private static WordClass ClassesOf(TokenString spelling, string lower) =>
        ReferenceEquals(lower, spelling.Lower) ? (WordClass)spelling.QuoteFacts(LookUpClasses) : WordClasses.Of(lower);

    private static bool IsMark(char c)
    {
        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    private static bool IsInitial(string word) => word.Length == 1 && char.IsUpper(word[0]);

    // The sentences as token ranges; each token's sentence goes into sentenceOf from offset on.
    private static (int Start, int End)[] Sentences(List<Token> tokens, List<char> endings, int[] sentenceOf, int offset)
    {
        var sentences = t_sentences ??= new List<(int, int)>();
        sentences.Clear();
        var start = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            if (!EndsSentence(tokens, endings, t)) continue;
            var end = t + 1;
            // Closing brackets and further stops belong to the sentence that ends: "(…?)", "?!".
            while (end < tokens.Count && tokens[end].Kind == TokenKind.Punct && tokens[end].Lower is ")" or "]" or "." or "!" or "?" or "\u2026") end++;
            if (end < tokens.Count && !OpensSentence(tokens[end])) continue;
            Add(sentences, sentenceOf, offset, start, end);
            start = end;
            t = end - 1;
        }
        if (start < tokens.Count) Add(sentences, sentenceOf, offset, start, tokens.Count);
        return sentences.ToArray();
    }

    private static void Add(List<(int, int)> sentences, int[] sentenceOf, int offset, int start, int end)
    {
        for (var t = start; t < end; t++) sentenceOf[offset + t] = sentences.Count;
        sentences.Add((start, end));
    }

    private static bool EndsSentence(List<Token> tokens, List<char> endings, int t)
    {
        var token = tokens[t];
        return token.Kind switch
        {
            TokenKind.Punct => token.Lower is "." or "!" or "?" or "\u2026",
            TokenKind.Quote => endings[t] is '.' or '!' or '?' or '\u2026',
            _ => token.Period && MayEndSentence.Contains(token.Lower),
        };
    }

    private static bool OpensSentence(Token token) => token.Kind switch
    {
        TokenKind.Quote => true,
        TokenKind.Word => token.Capitalized || char.IsDigit(token.Lower[0]),
        _ => token.Lower is "(" or "[" or "\u2014" or "-",
    };
}
