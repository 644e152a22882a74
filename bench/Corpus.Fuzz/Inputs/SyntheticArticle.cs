using System;
using System.Text;

namespace Corpus.Fuzz.Inputs;

/// <summary>
/// Articles written from the fragments by a seeded <see cref="Random"/>: sometimes front matter, then
/// paragraphs of sentences with quotes, numbers and attributions, sometimes page furniture, in one of
/// the two house styles (blank lines between paragraphs, or one per line) and any line break. Mostly
/// prose-shaped, so the deeper stages (sentences, quotes, figures) are reached, with hostile pieces mixed in.
/// </summary>
public static class SyntheticArticle
{
    public static string Write(Random random)
    {
        var builder = new StringBuilder();
        var newline = Pick(random, new[] { "\n", "\n", "\r\n", "\r", "\u2028", "\u0085" });
        if (random.Next(4) == 0) WriteFrontMatter(random, builder, newline);

        var blankLines = random.Next(3) != 0;
        var paragraphs = random.Next(0, 12);
        for (var p = 0; p < paragraphs; p++)
        {
            var sentences = random.Next(1, 5);
            for (var s = 0; s < sentences; s++)
            {
                if (s > 0) builder.Append(' ');
                WriteSentence(random, builder);
            }
            builder.Append(newline);
            if (blankLines) builder.Append(newline);
            if (random.Next(20) == 0) builder.Append(Pick(random, Fragments.LineBreaks));
        }

        if (random.Next(5) == 0) builder.Append(Pick(random, Fragments.Structure)).Append(newline);
        return builder.ToString();
    }

    private static void WriteFrontMatter(Random random, StringBuilder builder, string newline)
    {
        builder.Append("---").Append(newline);
        foreach (var key in new[] { "title", "published", "source", "section", "url", "tags" })
        {
            if (random.Next(3) == 0) continue;
            builder.Append(key).Append(": ");
            switch (random.Next(6))
            {
                case 0: builder.Append(Pick(random, Fragments.Injections)); break;
                case 1: builder.Append(Pick(random, new[] { "2010-06-12", "2010-06-12T09:30:00+06:00", "12 June 2010", "2010-13-45", "", "9999-12-31T23:59:59-14:00" })); break;
                case 2: builder.Append('"').Append(Words(random, 5)).Append('"'); break;
                default: builder.Append(Words(random, random.Next(1, 8))); break;
            }
            builder.Append(newline);
        }
        if (random.Next(8) != 0) builder.Append("---").Append(newline);
    }

    private static void WriteSentence(Random random, StringBuilder builder)
    {
        var quoted = random.Next(3) == 0;
        if (quoted) builder.Append(Pick(random, Fragments.QuoteMarks));
        var words = random.Next(1, 18);
        for (var w = 0; w < words; w++)
        {
            if (w > 0) builder.Append(' ');
            switch (random.Next(24))
            {
                case 0: case 1: builder.Append(Pick(random, Fragments.Numbers)); break;
                case 2: builder.Append(Pick(random, Fragments.Structure)); break;
                case 3 when random.Next(4) == 0: builder.Append(Pick(random, Fragments.Injections)); break;
                case 4 when random.Next(4) == 0: builder.Append(Pick(random, Fragments.OddCharacters)); break;
                case 5 when random.Next(8) == 0: builder.Append(Pick(random, Fragments.Surrogates)); break;
                case 6: builder.Append(Pick(random, Fragments.QuoteMarks)); break;
                default: builder.Append(Pick(random, Fragments.Words)); break;
            }
        }
        builder.Append(Pick(random, new[] { ".", ".", ".", "?", "!", "\u2026", "", ".\u201D", ",\u201D he said.", "?\" she asked." }));
        if (quoted && random.Next(2) == 0) builder.Append(Pick(random, Fragments.QuoteMarks)).Append(" said ").Append(Pick(random, Fragments.Words)).Append('.');
    }

    private static string Words(Random random, int count)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            if (i > 0) builder.Append(' ');
            builder.Append(Pick(random, Fragments.Words));
        }
        return builder.ToString();
    }

    public static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];
}
