using Corpus.Extraction.Model;
using Corpus.Generator.Model;
using Corpus.Generator.Naming;

namespace Corpus.Generator.Parsing;

/// <summary>Takes from the text what names and hover docs need, while the text is at hand.</summary>
internal static class Snippets
{
    private const int MaxSentence = 400;

    public static EquatableArray<FigureSnippet> Figures(ArticleModel model, string text)
    {
        var snippets = new FigureSnippet[model.Figures.Count];
        for (var i = 0; i < snippets.Length; i++)
        {
            var figure = model.Figures[i];
            var figureText = Slice(text, figure.Range);
            var sentence = figure.Sentence >= 0 && figure.Sentence < model.Sentences.Count
                ? Slice(text, model.Sentences[figure.Sentence].Range)
                : "";
            snippets[i] = new FigureSnippet(FigureNames.BaseName(figure, figureText), figureText, Cut(sentence));
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
            snippets[i] = new QuoteSnippet(QuoteNames.BaseName(quote, speaker, quoteText), quoteText);
        }
        return new EquatableArray<QuoteSnippet>(snippets);
    }

    private static string Slice(string text, TextRange range) =>
        range.Start >= 0 && range.End <= text.Length ? text.Substring(range.Start, range.Length) : "";

    private static string Cut(string text) => text.Length <= MaxSentence ? text : text.Substring(0, MaxSentence) + "…";
}
