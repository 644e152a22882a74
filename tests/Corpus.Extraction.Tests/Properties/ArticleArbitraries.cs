using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Corpus.Extraction.Model;
using Corpus.Extraction.Text;
using Corpus.Fuzz.Inputs;
using Corpus.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace Corpus.Extraction.Tests.Properties;

/// <summary>
/// FsCheck generators for articles: texts assembled from the fuzz campaign's fragments (prose words,
/// quotation marks, line breaks, numbers, front matter and furniture lines, injections, control and
/// format characters, lone surrogates, any UTF-16 unit), the seed articles broken by the campaign's
/// mutator, and item metadata. Texts shrink by halves and single pieces, so a failure is reported small.
/// </summary>
internal static class ArticleArbitraries
{
    public static readonly IReadOnlyList<string> SeedTexts =
        Directory.EnumerateFiles(RepoPaths.Seeds, "*.txt")
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => ArticleDecoder.Decode(File.ReadAllBytes(path)).Text)
            .ToArray();

    private static readonly Gen<string> Piece = Gen.Frequency(
        (8, Gen.Elements(Fragments.Words)),
        (4, Gen.Constant(" ")),
        (2, Gen.Elements(". ", ", ", "? ", "! ", ".", "\u2026 ")),
        (2, Gen.Elements(Fragments.QuoteMarks)),
        (2, Gen.Elements(Fragments.LineBreaks)),
        (2, Gen.Elements(Fragments.Numbers)),
        (1, Gen.Elements(Fragments.Structure)),
        (1, Gen.Elements(Fragments.Injections)),
        (1, Gen.Elements(Fragments.OddCharacters)),
        (1, Gen.Elements(Fragments.Surrogates)),
        (1, Gen.Choose(0, 0xFFFF).Select(unit => ((char)unit).ToString())));

    /// <summary>Texts from fragments; FsCheck's size (up to 100 by default) bounds the number of pieces, times four.</summary>
    public static Arbitrary<string> Texts() =>
        Arb.From(Gen.Sized(size => Gen.Choose(0, size * 4).SelectMany(count => Gen.ListOf(Piece, count))).Select(pieces => string.Concat(pieces)), Shrink);

    /// <summary>A seed article, a synthetic article or a fragment soup, broken by one to four mutations drawn from the case's seed.</summary>
    public static Arbitrary<string> MutatedArticles()
    {
        var mutator = new Mutator(SeedTexts, maxLength: 64 * 1024);
        var starts = new StartingTexts(SeedTexts);
        var texts = Gen.Choose(0, int.MaxValue - 1).Select(seed =>
        {
            var random = new Random(seed);
            return mutator.Mutate(starts.Pick(random, out _), random, new List<Mutation>());
        });
        return Arb.From(texts, Shrink);
    }

    /// <summary>Item metadata as a project might give it, line breaks and injections included.</summary>
    public static Arbitrary<ArticleMetadata> Metadata()
    {
        var value = Gen.Frequency(
            (3, Gen.Constant<string?>(null)),
            (2, Gen.Elements(Fragments.Words).Select(w => (string?)w)),
            (1, Gen.Elements(Fragments.Injections).Select(w => (string?)w)),
            (1, Gen.Elements("", "  ", "\n", "2010-06-12", "2010-06-12T09:30:00+06:00", "June 2010", "9999-99-99").Select(w => (string?)w)));
        return Gen.Zip(Gen.Three(value), Gen.Two(value))
            .Select(t => new ArticleMetadata(t.Item1.Item1, t.Item1.Item2, t.Item1.Item3, t.Item2.Item1, t.Item2.Item2))
            .ToArbitrary();
    }

    // Halves first (fast towards small), then single characters off each end.
    private static IEnumerable<string> Shrink(string text)
    {
        if (text.Length == 0) yield break;
        yield return "";
        if (text.Length > 1)
        {
            yield return text.Substring(0, text.Length / 2);
            yield return text.Substring(text.Length / 2);
        }
        yield return text.Substring(1);
        yield return text.Substring(0, text.Length - 1);
    }
}
