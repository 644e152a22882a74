using System;
using Corpus.Extraction.Model;
using Corpus.Generator.Model;
using Corpus.Generator.Naming;

namespace Corpus.Generator.Parsing;

/// <summary>Takes from the text what names and hover docs need, while the text is at hand.</summary>
internal static class Snippets
{
    /// <summary>Words kept either side of a figure in its hover: enough to say what it counts.</summary>
    public const int ContextReach = 60;

    /// <summary>Fewer characters than this are not worth an ellipsis: the sentence keeps them.</summary>
    private const int MinCut = 20;

    /// <summary>The longest quote a hover shows whole.</summary>
    public const int MaxQuote = 300;

    public static EquatableArray<FigureSnippet> Figures(ArticleModel model, string text)
    {
        var snippets = new FigureSnippet[model.Figures.Count];
        for (var i = 0; i < snippets.Length; i++)
        {
            var figure = model.Figures[i];
            var figureText = Slice(text, figure.Range);
            var context = figure.Sentence >= 0 && figure.Sentence < model.Sentences.Count
                ? Around(text, model.Sentences[figure.Sentence].Range, figure.Range)
                : "";
            snippets[i] = new FigureSnippet(FigureNames.BaseName(figure, figureText), figureText, context);
        }
        return new EquatableArray<FigureSnippet>(snippets);
    }

    public static EquatableArray<QuoteSnippet> Quotes(ArticleModel model, string text)
    {
        var snippets = new QuoteSnippet[model.Quotes.Count];
        for (var i = 0; i < snippets.Length; i++)
        {
            var quote = model.Quotes[i];
            SpeakerModel? speaker = null;
            foreach (var candidate in model.Speakers)
            {
                if (candidate.Name == quote.Speaker) speaker = candidate;
            }
            var quoteText = Slice(text, quote.Range);
            snippets[i] = new QuoteSnippet(QuoteNames.BaseName(quote, speaker, quoteText), Head(quoteText, MaxQuote));
        }
        return new EquatableArray<QuoteSnippet>(snippets);
    }

    private static string Slice(string text, TextRange range) =>
        range.Start >= 0 && range.End <= text.Length ? text.Substring(range.Start, range.Length) : "";

    /// <summary>
    /// The figure's sentence, or where it is long, the words within <see cref="ContextReach"/> characters
    /// either side of the figure, cut between words and marked with an ellipsis. Hover docs are source the
    /// compiler reads for every named figure, so they carry what identifies a figure, not the whole sentence.
    /// </summary>
    public static string Around(string text, TextRange sentence, TextRange figure)
    {
        if (sentence.Start < 0 || sentence.End > text.Length || figure.Start < sentence.Start || figure.End > sentence.End) return "";
        var start = figure.Start - ContextReach < sentence.Start + MinCut ? sentence.Start : figure.Start - ContextReach;
        var end = figure.End + ContextReach > sentence.End - MinCut ? sentence.End : figure.End + ContextReach;
        if (start > sentence.Start) start = WordStartAfter(text, start, figure.Start);
        if (end < sentence.End) end = WordEndBefore(text, end, figure.End);
        var window = text.Substring(start, end - start).Trim();
        return (start > sentence.Start ? "…" : "") + window + (end < sentence.End ? "…" : "");
    }

    /// <summary>The text whole, or its first words up to <paramref name="max"/> characters and an ellipsis.</summary>
    public static string Head(string text, int max)
    {
        if (text.Length <= max) return text;
        var end = WordEndBefore(text, max, 0);
        // One unbroken word: cut it, but never between the halves of a surrogate pair.
        if (end == 0) end = char.IsLowSurrogate(text[max]) ? max - 1 : max;
        return text.Substring(0, end).TrimEnd() + "…";
    }

    // Where a word begins at or after `at` (not past `limit`), so a cut never halves a word or a surrogate pair.
    private static int WordStartAfter(string text, int at, int limit)
    {
        if (char.IsWhiteSpace(text[at - 1])) return at;
        var space = at;
        while (space < limit && !char.IsWhiteSpace(text[space])) space++;
        return space < limit ? space + 1 : limit;
    }

    // Where a word ends at or before `at` (not before `limit`).
    private static int WordEndBefore(string text, int at, int limit)
    {
        if (at >= text.Length || char.IsWhiteSpace(text[at])) return at;
        var space = at;
        while (space > limit && !char.IsWhiteSpace(text[space - 1])) space--;
        return space > limit ? space - 1 : limit;
    }
}
