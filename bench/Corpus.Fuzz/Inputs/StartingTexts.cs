using System;
using System.Collections.Generic;
using System.Text;

namespace Corpus.Fuzz.Inputs;

/// <summary>
/// Where each case starts before it is mutated: a real article (the seeds), a synthetic one, or a soup
/// of fragments with no prose shape at all.
/// </summary>
public sealed class StartingTexts
{
    private readonly IReadOnlyList<string> _seeds;

    public StartingTexts(IReadOnlyList<string> seeds)
    {
        if (seeds.Count == 0) throw new ArgumentException("At least one seed article is needed.", nameof(seeds));
        _seeds = seeds;
    }

    public IReadOnlyList<string> Seeds => _seeds;

    public string Pick(Random random, out string origin)
    {
        var roll = random.Next(10);
        if (roll < 4)
        {
            var index = random.Next(_seeds.Count);
            origin = "seed " + index;
            return _seeds[index];
        }
        if (roll < 9)
        {
            origin = "synthetic";
            return SyntheticArticle.Write(random);
        }
        origin = "soup";
        return Soup(random);
    }

    public static string Soup(Random random)
    {
        var pools = new[] { Fragments.QuoteMarks, Fragments.LineBreaks, Fragments.Numbers, Fragments.Surrogates, Fragments.OddCharacters, Fragments.Injections, Fragments.Structure, Fragments.Words };
        var builder = new StringBuilder();
        var pieces = random.Next(0, 200);
        for (var i = 0; i < pieces; i++)
        {
            var pool = pools[random.Next(pools.Length)];
            builder.Append(pool[random.Next(pool.Length)]);
            if (random.Next(3) == 0) builder.Append(' ');
        }
        return builder.ToString();
    }
}
