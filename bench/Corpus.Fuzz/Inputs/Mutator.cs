using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Corpus.Extraction.Text;

namespace Corpus.Fuzz.Inputs;

/// <summary>
/// Breaks articles the ways files get broken: flipped and re-encoded bytes (decoded as the compiler
/// decodes them), inserted quotation marks, digits, line breaks and surrogates, truncation, splices from
/// other articles, repetition. Everything is drawn from the <see cref="Random"/> it is given, so a case
/// is reproduced from its seed alone.
/// </summary>
public sealed class Mutator
{
    private static readonly Mutation[] All = (Mutation[])Enum.GetValues(typeof(Mutation));

    private readonly IReadOnlyList<string> _donors;
    private readonly int _maxLength;

    /// <param name="donors">Texts to splice pieces from.</param>
    /// <param name="maxLength">Longest text a mutation may produce: keeps a campaign's cost per case bounded.</param>
    public Mutator(IReadOnlyList<string> donors, int maxLength = 256 * 1024)
    {
        if (donors.Count == 0) throw new ArgumentException("At least one donor text is needed.", nameof(donors));
        _donors = donors;
        _maxLength = maxLength;
    }

    /// <summary>Applies one to <paramref name="maxSteps"/> random mutations in turn.</summary>
    public string Mutate(string text, Random random, List<Mutation> applied, int maxSteps = 4)
    {
        var steps = random.Next(1, maxSteps + 1);
        for (var i = 0; i < steps; i++)
        {
            var mutation = All[random.Next(All.Length)];
            applied.Add(mutation);
            text = Apply(text, mutation, random);
        }
        return text;
    }

    public string Apply(string text, Mutation mutation, Random random)
    {
        var result = mutation switch
        {
            Mutation.FlipBytes => FlipBytes(text, random),
            Mutation.Reencode => Reencode(text, random),
            Mutation.Windows1252 => Windows1252(text),
            Mutation.InsertQuotes => InsertMany(text, random, Fragments.QuoteMarks, random.Next(1, 3) == 1 ? 1 : random.Next(2, 300)),
            Mutation.InsertNumbers => InsertMany(text, random, Fragments.Numbers, random.Next(1, 20)),
            Mutation.InsertLineBreaks => InsertMany(text, random, Fragments.LineBreaks, random.Next(1, 50)),
            Mutation.InsertSurrogates => InsertMany(text, random, Fragments.Surrogates, random.Next(1, 10)),
            Mutation.InsertOddCharacters => InsertMany(text, random, Fragments.OddCharacters, random.Next(1, 10)),
            Mutation.InsertInjection => InsertMany(text, random, Fragments.Injections, random.Next(1, 5)),
            Mutation.InsertStructure => InsertMany(text, random, Fragments.Structure, random.Next(1, 10)),
            Mutation.Truncate => text.Substring(0, random.Next(text.Length + 1)),
            Mutation.Splice => Splice(text, random),
            Mutation.Repeat => Repeat(text, random),
            Mutation.Delete => Delete(text, random),
            Mutation.ShuffleLines => ShuffleLines(text, random),
            Mutation.ChangeCase => ChangeCase(text, random),
            _ => throw new ArgumentOutOfRangeException(nameof(mutation)),
        };
        return result.Length <= _maxLength ? result : result.Substring(0, _maxLength);
    }

    // The file's bytes with some bits flipped, read back as the compiler would: a BOM may appear or vanish,
    // UTF-8 sequences break into U+FFFD.
    private static string FlipBytes(string text, Random random)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length == 0) return text;
        var flips = random.Next(1, 16);
        for (var i = 0; i < flips; i++)
        {
            var at = random.Next(4) == 0 ? random.Next(Math.Min(4, bytes.Length)) : random.Next(bytes.Length);
            bytes[at] = random.Next(3) == 0 ? (byte)random.Next(256) : (byte)(bytes[at] ^ (1 << random.Next(8)));
        }
        return ArticleDecoder.Decode(bytes).Text;
    }

    // Saved as UTF-16 or UTF-32 with a BOM (sometimes cut mid-character), or without one (so read as UTF-8, full of NULs).
    private static string Reencode(string text, Random random)
    {
        byte[] bytes;
        switch (random.Next(5))
        {
            case 0: bytes = new UnicodeEncoding(false, true).GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray(); break;
            case 1: bytes = new UnicodeEncoding(true, true).GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(text)).ToArray(); break;
            case 2: bytes = new UTF32Encoding(false, true).GetPreamble().Concat(Encoding.UTF32.GetBytes(text)).ToArray(); break;
            case 3: bytes = Encoding.Unicode.GetBytes(text); break;
            default: bytes = new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray(); break;
        }
        if (bytes.Length > 0 && random.Next(3) == 0) bytes = bytes.Take(bytes.Length - random.Next(1, Math.Min(4, bytes.Length) + 1)).ToArray();
        return ArticleDecoder.Decode(bytes).Text;
    }

    // Exported by an old CMS as Windows-1252 and read as UTF-8: smart quotes and accents become U+FFFD.
    private static string Windows1252(string text)
    {
        var bytes = new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            bytes[i] = text[i] switch
            {
                '\u201C' => 0x93,
                '\u201D' => 0x94,
                '\u2018' => 0x91,
                '\u2019' => 0x92,
                '\u2013' => 0x96,
                '\u2014' => 0x97,
                '\u2026' => 0x85,
                '\u20AC' => 0x80,
                var c when c <= '\u00FF' => (byte)c,
                _ => (byte)'?',
            };
        }
        return ArticleDecoder.Decode(bytes).Text;
    }

    private static string InsertMany(string text, Random random, string[] pieces, int count)
    {
        var builder = new StringBuilder(text);
        // Half the time all at one place (100 quotation marks in a row), half the time scattered.
        var clustered = random.Next(2) == 0;
        var at = random.Next(builder.Length + 1);
        for (var i = 0; i < count; i++)
        {
            if (!clustered) at = random.Next(builder.Length + 1);
            var piece = pieces[random.Next(pieces.Length)];
            builder.Insert(at, piece);
        }
        return builder.ToString();
    }

    private string Splice(string text, Random random)
    {
        var donor = _donors[random.Next(_donors.Count)];
        var start = random.Next(donor.Length + 1);
        var piece = donor.Substring(start, random.Next(donor.Length - start + 1));
        var at = random.Next(text.Length + 1);
        var replace = random.Next(2) == 0 ? random.Next(text.Length - at + 1) : 0;
        return text.Substring(0, at) + piece + text.Substring(at + replace);
    }

    private string Repeat(string text, Random random)
    {
        if (text.Length == 0) return text;
        var start = random.Next(text.Length);
        var length = Math.Min(text.Length - start, random.Next(1, 64));
        var piece = text.Substring(start, length);
        var times = Math.Min(random.Next(2, 5000), Math.Max(2, (_maxLength - text.Length) / length));
        var builder = new StringBuilder(text.Length + piece.Length * times);
        builder.Append(text, 0, start);
        for (var i = 0; i < times; i++) builder.Append(piece);
        builder.Append(text, start, text.Length - start);
        return builder.ToString();
    }

    private static string Delete(string text, Random random)
    {
        if (text.Length == 0) return text;
        var start = random.Next(text.Length);
        var length = random.Next(Math.Min(text.Length - start, 500) + 1);
        return text.Remove(start, length);
    }

    private static string ShuffleLines(string text, Random random)
    {
        var lines = text.Split('\n');
        for (var i = lines.Length - 1; i > 0; i--)
        {
            if (random.Next(3) != 0) continue;
            var j = random.Next(i + 1);
            (lines[i], lines[j]) = (lines[j], lines[i]);
        }
        return string.Join("\n", lines);
    }

    private static string ChangeCase(string text, Random random)
    {
        if (text.Length == 0) return text;
        var start = random.Next(text.Length);
        var length = random.Next(Math.Min(text.Length - start, 400) + 1);
        var piece = text.Substring(start, length);
        piece = random.Next(2) == 0 ? piece.ToUpperInvariant() : piece.ToLowerInvariant();
        return text.Substring(0, start) + piece + text.Substring(start + length);
    }
}
