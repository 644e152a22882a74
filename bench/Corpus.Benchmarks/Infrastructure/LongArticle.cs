using System;
using System.Text;
using Corpus.Synthesis;

namespace Corpus.Benchmarks.Infrastructure;

/// <summary>The articles the linearity bench reads: ordinary prose at three sizes, and two walls of quotation marks.</summary>
public enum LongArticleShape
{
    /// <summary>One synthesized article, about 4.5 KB: the cost per MB every other shape is compared with.</summary>
    Typical,

    /// <summary>Synthesized paragraphs, 1 MB.</summary>
    OneMegabyte,

    /// <summary>Synthesized paragraphs, 10 MB.</summary>
    TenMegabytes,

    /// <summary>50,000 short quotes, each opened and closed: 100,000 curly marks in about 1.3 MB.</summary>
    PairedQuoteMarks,

    /// <summary>100,000 opening marks that never close: the worst case for any search for a closing mark.</summary>
    UnpairedQuoteMarks,

    /// <summary>100,000 straight double quotes, where opening and closing look alike.</summary>
    StraightQuoteMarks,
}

/// <summary>Builds the linearity bench's articles, deterministically, so the host can recompute their sizes.</summary>
internal static class LongArticle
{
    private const int QuoteMarks = 100_000;

    public static string Of(LongArticleShape shape) => shape switch
    {
        LongArticleShape.Typical => BenchCorpus.Articles(1)[0].Text,
        LongArticleShape.OneMegabyte => Prose(1_000_000),
        LongArticleShape.TenMegabytes => Prose(10_000_000),
        LongArticleShape.PairedQuoteMarks => Repeat(QuoteMarks / 2, i => $"\u201CWe are {Word(i)},\u201D he said.", perParagraph: 5),
        LongArticleShape.UnpairedQuoteMarks => Repeat(QuoteMarks, i => $"\u201CWe are {Word(i)}, he said.", perParagraph: 10),
        LongArticleShape.StraightQuoteMarks => Repeat(QuoteMarks / 2, i => $"\"We are {Word(i)},\" he said.", perParagraph: 5),
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    };

    public static long Bytes(LongArticleShape shape) => Encoding.UTF8.GetByteCount(Of(shape));

    // Bodies of synthesized articles, without their front matter or furniture, as one long article
    // of about that many bytes (nearly all of it ASCII).
    private static string Prose(int bytes)
    {
        var synthesizer = new ArticleSynthesizer(BenchCorpus.Seed + 1);
        var text = new StringBuilder(bytes + 10_000);
        for (var i = 0; text.Length < bytes; i++)
        {
            var body = synthesizer.Write(i).Text;
            if (body.StartsWith("---", StringComparison.Ordinal))
            {
                var end = body.IndexOf("\n---", 3, StringComparison.Ordinal);
                body = body.Substring(body.IndexOf('\n', end + 1) + 1);
            }
            var furniture = body.LastIndexOf("\nMore In:", StringComparison.Ordinal);
            if (furniture > 0) body = body.Substring(0, furniture);
            text.Append(body.Replace("\r\n", "\n").Trim()).Append("\n\n");
        }
        return text.ToString();
    }

    // Words rather than numbers, so the walls of marks measure quotes and not figures.
    private static string Word(int i) => Words[i % Words.Length];

    private static readonly string[] Words = { "ready", "waiting", "here", "tired", "hopeful", "angry", "leaving", "staying" };

    private static string Repeat(int count, Func<int, string> sentence, int perParagraph)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append(sentence(i)).Append(i % perParagraph == perParagraph - 1 ? "\n\n" : " ");
        }
        return text.ToString();
    }
}
