using System.Globalization;

namespace Corpus.Synthesis;

/// <summary>
/// The numbers news copy is full of, in the shapes a figure extractor must tell apart: plain counts,
/// approximations ("more than 60", "thousands of"), percentages, money, ranges, measures, and
/// numbers that are not quantities at all (designators such as Il-76, dates, ordinals).
/// </summary>
internal static class Figures
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Count(SynthesisRandom random)
    {
        var n = Magnitude(random);
        switch (random.Next(10))
        {
            case 0: return "more than " + Round(n);
            case 1: return "over " + Round(n);
            case 2: return "at least " + n.ToString("N0", Invariant);
            case 3: return "nearly " + Round(n);
            case 4: return "about " + Round(n);
            case 5: return "some " + Round(n);
            case 6: return random.Pick(Vocabulary.NumberWords);
            default: return n.ToString("N0", Invariant);
        }
    }

    public static string Percent(SynthesisRandom random)
    {
        var whole = random.Between(1, 99);
        var value = random.Chance(0.3) ? (whole + random.Next(10) / 10.0).ToString("0.0", Invariant) : whole.ToString(Invariant);
        switch (random.Next(5))
        {
            case 0: return value + " per cent";
            case 1: return value + "%";
            case 2: return value + " percent";
            case 3: return $"between {whole} and {RandomAbove(random, whole)} per cent";
            default: return $"{whole}-{RandomAbove(random, whole)}%";
        }
    }

    public static string Money(SynthesisRandom random)
    {
        var amount = random.Chance(0.5) ? (random.Between(1, 99) / 10.0 + random.Between(0, 9)).ToString("0.#", Invariant) : random.Between(2, 950).ToString(Invariant);
        var scale = random.Pick(new[] { "million", "billion", "bn", "m" });
        switch (random.Next(8))
        {
            case 0: return "$" + amount + " " + (scale.Length > 2 ? scale : "million");
            case 1: return "US$" + amount + scale;
            case 2: return amount + " million euros";
            case 3: return "€" + amount + "bn";
            case 4: return "£" + random.Between(10, 990).ToString(Invariant) + ",000";
            case 5: return amount + " billion roubles";
            case 6: return "Rs " + random.Between(2, 500).ToString(Invariant) + " crore";
            default: return "$" + random.Between(1, 999).ToString(Invariant) + "," + random.Between(100, 999).ToString(Invariant);
        }
    }

    public static string Range(SynthesisRandom random)
    {
        var low = Magnitude(random);
        var high = low + Magnitude(random);
        switch (random.Next(4))
        {
            case 0: return $"between {low.ToString("N0", Invariant)} and {high.ToString("N0", Invariant)}";
            case 1: return $"{low.ToString("N0", Invariant)} to {high.ToString("N0", Invariant)}";
            case 2: return $"from {low.ToString("N0", Invariant)} to {high.ToString("N0", Invariant)}";
            default: return $"{low}-{high}";
        }
    }

    /// <summary>A weight of goods: "3,000 tonnes", "450 tonnes", "12.5 tonnes".</summary>
    public static string Tonnage(SynthesisRandom random)
    {
        switch (random.Next(3))
        {
            case 0: return random.Between(1, 90).ToString(Invariant) + ",000 tonnes";
            case 1: return random.Between(20, 900).ToString(Invariant) + " tonnes";
            default: return random.Between(2, 99).ToString(Invariant) + "." + random.Between(1, 9).ToString(Invariant) + " tonnes";
        }
    }

    public static string Distance(SynthesisRandom random) =>
        random.Chance(0.7) ? random.Between(5, 900).ToString(Invariant) + " km" : random.Between(2, 300).ToString(Invariant) + " miles";

    public static string Year(SynthesisRandom random) => random.Between(1991, 2012).ToString(Invariant);

    public static string Date(SynthesisRandom random) =>
        random.Chance(0.5)
            ? random.Pick(Vocabulary.Months) + " " + random.Between(1, 28).ToString(Invariant)
            : random.Between(1, 28).ToString(Invariant) + " " + random.Pick(Vocabulary.Months);

    public static string Ordinal(SynthesisRandom random) =>
        random.Pick(new[] { "second", "third", "fourth", "fifth", "2nd", "3rd", "10th", "first" });

    private static int Magnitude(SynthesisRandom random)
    {
        switch (random.Next(4))
        {
            case 0: return random.Between(2, 99);
            case 1: return random.Between(100, 999);
            case 2: return random.Between(1, 99) * 100;
            default: return random.Between(1000, 250000);
        }
    }

    private static string Round(int n)
    {
        var unit = n >= 10000 ? 1000 : n >= 1000 ? 100 : n >= 100 ? 10 : 1;
        return (n / unit * unit).ToString("N0", Invariant);
    }

    private static int RandomAbove(SynthesisRandom random, int low) => System.Math.Min(100, low + random.Between(2, 15));
}
