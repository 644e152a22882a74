using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace Corpus.Synthesis;

/// <summary>
/// Writes realistic news articles in the styles of the repository's seeds: wire stories about one
/// event, with people introduced and then shortened, quotes in every common shape (curly or straight,
/// split, over several paragraphs, partial), figures of every kind, paragraphs separated by blank lines
/// or one per line, sometimes front matter, sometimes page furniture at the end. Sizes run from about
/// 2 to 8 KB with a mean near the seeds' 4.5 KB.
/// <para>Deterministic: the same seed and index give the same bytes on any machine, and each article
/// depends only on (seed, index), so article 19,999 costs no more to write than article 0.</para>
/// </summary>
public sealed class ArticleSynthesizer
{
    public const int MinLength = 2000;
    public const int MaxLength = 8000;

    private readonly int _seed;

    public ArticleSynthesizer(int seed) => _seed = seed;

    /// <summary>The article at <paramref name="index"/>: a file name unique within the seed, and its text.</summary>
    public (string FileName, string Text) Write(int index)
    {
        if (index < 0) throw new ArgumentOutOfRangeException(nameof(index));
        var random = new SynthesisRandom(_seed, index);
        var fileName = index.ToString("D5", CultureInfo.InvariantCulture) + "_" + random.Hex(16) + ".txt";

        var story = new Story(random);
        var quotations = new Quotations(story, random);
        var target = TargetLength(random);
        var onePerLine = random.Chance(0.35);
        var newline = random.Chance(0.12) ? "\r\n" : "\n";

        var paragraphs = new List<string> { story.Lead() };
        var length = paragraphs[0].Length;
        while (length < target)
        {
            foreach (var paragraph in Paragraph(story, quotations, random, onePerLine))
            {
                paragraphs.Add(paragraph);
                length += paragraph.Length + 2;
            }
        }

        var text = new StringBuilder(target + 512);
        if (random.Chance(0.15)) FrontMatter(text, story, random, index, newline);
        var separator = onePerLine ? newline : newline + newline;
        text.Append(string.Join(separator, paragraphs));
        Furniture(text, story, random, separator, newline);
        return (fileName, text.ToString());
    }

    /// <summary>Writes articles 0 to count - 1 into <paramref name="folder"/> as UTF-8 without a byte order mark; returns their paths.</summary>
    public IReadOnlyList<string> WriteFiles(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        var paths = new List<string>(count);
        var utf8 = new UTF8Encoding(false);
        for (var i = 0; i < count; i++)
        {
            var (fileName, text) = Write(i);
            var path = Path.Combine(folder, fileName);
            File.WriteAllText(path, text, utf8);
            paths.Add(path);
        }
        return paths;
    }

    // Skewed towards short pieces: the mean lands near 4.5 KB, the tail reaches 8 KB. Integer
    // arithmetic only, because floating-point functions such as Math.Pow may round differently on
    // another runtime or CPU, and the text must not.
    private static int TargetLength(SynthesisRandom random)
    {
        var x = (random.Next(1000) + random.Next(1000)) / 2;   // triangular, 0..999
        var skewed = (2 * x + x * x / 1000) / 3;               // pulled towards 0, mean near 430
        return MinLength + (MaxLength - MinLength - 500) * skewed / 1000;
    }

    private static IEnumerable<string> Paragraph(Story story, Quotations quotations, SynthesisRandom random, bool onePerLine)
    {
        var sentences = onePerLine ? 1 : random.Between(1, 3);
        switch (random.Next(20))
        {
            case < 7:
                return quotations.Paragraphs();
            case < 12:
                return new[] { Join(sentences, story.Background) };
            case < 16:
                return new[] { Join(Math.Max(1, sentences - 1), story.FigureSentence) };
            default:
            {
                var person = story.Someone();
                return new[] { Join(sentences, () => story.Reported(person)) };
            }
        }
    }

    private static string Join(int count, Func<string> sentence)
    {
        var parts = new string[count];
        for (var i = 0; i < count; i++) parts[i] = sentence();
        return string.Join(" ", parts);
    }

    private static void FrontMatter(StringBuilder text, Story story, SynthesisRandom random, int index, string newline)
    {
        text.Append("---").Append(newline);
        text.Append("title: ").Append(story.Headline()).Append(newline);
        if (random.Chance(0.8))
        {
            text.Append("published: ").Append(Figures.Year(random)).Append('-')
                .Append(random.Between(1, 12).ToString("D2", CultureInfo.InvariantCulture)).Append('-')
                .Append(random.Between(1, 28).ToString("D2", CultureInfo.InvariantCulture)).Append(newline);
        }
        if (random.Chance(0.7)) text.Append("source: ").Append(story.Agency).Append(newline);
        if (random.Chance(0.5)) text.Append("section: ").Append(story.Section).Append(newline);
        if (random.Chance(0.5)) text.Append("url: https://news.example.org/").Append(index.ToString(CultureInfo.InvariantCulture)).Append(newline);
        text.Append("---").Append(newline);
    }

    // Scrapers leave the page's section links below the story; the first seed ends in "More In: International | News".
    private static void Furniture(StringBuilder text, Story story, SynthesisRandom random, string separator, string newline)
    {
        switch (random.Next(10))
        {
            case < 4:
                text.Append(separator).Append("More In: ").Append(story.Section).Append(" | News");
                break;
            case 4:
                text.Append(separator).Append("Share this article").Append(newline).Append("Related: ").Append(story.Country).Append(", ").Append(story.City);
                break;
        }
        if (random.Chance(0.5)) text.Append(newline);
    }
}
