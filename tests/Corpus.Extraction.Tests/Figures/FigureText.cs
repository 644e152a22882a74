using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Corpus.Extraction.Figures;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Tests.Figures;

/// <summary>
/// Runs the figure reader on a text split the simple way (a paragraph per line, a sentence per full stop
/// before a capital), and writes each figure as one line a test can compare:
/// <c>Count 'more than 60' 60 MoreThan people dead</c> (kind, text, value[..upper], qualifier, unit, counts; "-" for none).
/// </summary>
internal static class FigureText
{
    private static readonly string[] Abbreviations = { "Mr.", "Ms.", "Mrs.", "Dr.", "St.", "No.", "U.S.", "U.K.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "Gen.", "Gov.", "Sen.", "Rep.", "p.m.", "a.m." };

    public static IReadOnlyList<FigureModel> Read(string text) =>
        FigureReader.Read(text, Paragraphs(text).ToEquatableArray(), Sentences(text).ToEquatableArray(), EquatableArray<QuoteModel>.Empty, CancellationToken.None);

    public static string[] Describe(string text) => Read(text).Select(f => Describe(text, f)).ToArray();

    public static string Describe(string text, FigureModel f)
    {
        var value = Number(f.Value) + (f.Upper is { } upper ? ".." + Number(upper) : "");
        return $"{f.Kind} '{text.Substring(f.Range.Start, f.Range.Length)}' {value} {f.Qualifier} {f.Unit ?? "-"} {f.Counts ?? "-"}";
    }

    private static string Number(decimal value) =>
        decimal.Round(value, 6).ToString("0.######", CultureInfo.InvariantCulture);

    public static List<TextRange> Paragraphs(string text)
    {
        var paragraphs = new List<TextRange>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            var end = i > start && text[i - 1] == '\r' ? i - 1 : i;
            if (text.Substring(start, end - start).Trim().Length > 0) paragraphs.Add(TextRange.FromBounds(start, end));
            start = i + 1;
        }
        return paragraphs;
    }

    public static List<SentenceModel> Sentences(string text)
    {
        var sentences = new List<SentenceModel>();
        var paragraphs = Paragraphs(text);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var start = paragraphs[p].Start;
            var end = paragraphs[p].End;
            for (var i = start; i < end; i++)
            {
                if (text[i] is not ('.' or '!' or '?')) continue;
                if (i + 2 >= end || text[i + 1] != ' ' || !(char.IsUpper(text[i + 2]) || text[i + 2] is '"' or '“')) continue;
                if (Abbreviations.Any(a => i + 1 >= a.Length && text.Substring(i + 1 - a.Length, a.Length) == a)) continue;
                sentences.Add(new SentenceModel(TextRange.FromBounds(start, i + 1), p));
                start = i + 2;
            }
            if (start < end) sentences.Add(new SentenceModel(TextRange.FromBounds(start, end), p));
        }
        return sentences;
    }
}
