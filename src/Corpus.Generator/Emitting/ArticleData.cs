using Corpus.Extraction.Model;
using Corpus.Generator.Model;

namespace Corpus.Generator.Emitting;

/// <summary>
/// An article's record in its bucket's data, in the order <c>Corpus.Runtime.ArticleFactory</c> reads it:
/// id, path, resource, encoding, text length and checksum, title, published, source, section, url,
/// word count; then paragraphs, sentences, quotes and figures, each a count and its rows.
/// </summary>
internal static class ArticleData
{
    public static string Write(ArticleEmission emission)
    {
        var (info, model) = (emission.Info, emission.Model);
        var data = new DataWriter()
            .String(info.Id)
            .String(info.DisplayPath)
            .String(info.Resource)
            .String(emission.Encoding)
            .Int(model.TextLength)
            .UInt(model.TextChecksum)
            .String(model.Header.Title)
            .String(model.Header.Published)
            .String(model.Header.Source)
            .String(model.Header.Section)
            .String(model.Header.Url)
            .Int(model.WordCount);

        // Each paragraph and sentence starts shortly after the previous one ends.
        data.Int(model.Paragraphs.Count);
        var end = 0;
        foreach (var paragraph in model.Paragraphs)
        {
            data.Signed(paragraph.Start - end).Int(paragraph.Length);
            end = paragraph.End;
        }

        data.Int(model.Sentences.Count);
        end = 0;
        foreach (var sentence in model.Sentences)
        {
            data.Signed(sentence.Range.Start - end).Int(sentence.Range.Length).Int(sentence.Paragraph);
            end = sentence.Range.End;
        }

        // A quote's cue and speaker mention sit near it.
        data.Int(model.Quotes.Count);
        var previous = 0;
        for (var i = 0; i < model.Quotes.Count; i++)
        {
            var quote = model.Quotes[i];
            data.Int((int)quote.Kind)
                .Signed(quote.Range.Start - previous).Int(quote.Range.Length);
            Near(data, quote.Cue, quote.Range.Start);
            Near(data, quote.SpeakerMention, quote.Range.Start);
            data.String(quote.Via)
                .Optional(quote.Continues ?? -1);
            previous = quote.Range.Start;
        }

        data.Int(model.Figures.Count);
        previous = 0;
        foreach (var figure in model.Figures)
        {
            data.Int((int)figure.Kind)
                .Signed(figure.Range.Start - previous).Int(figure.Range.Length)
                .Int((int)figure.Qualifier)
                .Decimal(figure.Value)
                .Decimal(figure.Upper)
                .String(figure.Unit)
                .String(figure.Counts)
                .Optional(figure.Sentence)
                .Optional(figure.Quote ?? -1);
            previous = figure.Range.Start;
        }

        return data.ToString();
    }

    private static void Near(DataWriter data, TextRange? range, int origin)
    {
        data.OptionalSigned(range?.Start - origin);
        if (range is { } span) data.Int(span.Length);
    }
}
