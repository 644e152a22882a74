using System.Collections.Generic;

namespace Corpus.Extraction.Figures.Numbers;

internal enum NumberWordClass
{
    /// <summary>0 to 99 in one word or one hyphenated compound ("twenty-six").</summary>
    Cardinal,

    Hundred,

    /// <summary>thousand, lakh, million, crore, billion, trillion.</summary>
    Scale,

    Dozen,

    /// <summary>first, fifth, hundredth, twenty-first; plural forms are fraction denominators ("fifths").</summary>
    Ordinal,

    /// <summary>half, halves.</summary>
    Half,

    /// <summary>quarter, quarters.</summary>
    Quarter,
}

internal readonly struct NumberWord
{
    public NumberWord(NumberWordClass @class, decimal value, bool plural = false)
    {
        Class = @class;
        Value = value;
        Plural = plural;
    }

    public NumberWordClass Class { get; }

    public decimal Value { get; }

    /// <summary>"fifths", "thousands", "dozens": a denominator, or a vague magnitude when no number precedes it.</summary>
    public bool Plural { get; }

    /// <summary>The tens of a cardinal or ordinal below 100 with no units (twenty, thirtieth).</summary>
    public bool IsTens => Value >= 20 && Value < 100 && Value % 10 == 0 && Class is NumberWordClass.Cardinal or NumberWordClass.Ordinal;

    public bool IsUnitDigit => Value >= 1 && Value <= 9 && Class is NumberWordClass.Cardinal or NumberWordClass.Ordinal;
}

/// <summary>The English number vocabulary: cardinals, scales, ordinals and fraction words.</summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, NumberWord> Words = Build();

    public static IEnumerable<string> Spellings => Words.Keys;

    public static bool TryGet(string lower, out NumberWord word) => Words.TryGetValue(lower, out word);

    public static bool IsNumberWord(string? lower) => lower is not null && Words.ContainsKey(lower);

    /// <summary>The digits a word stands for after "point": "five" → "5", "seventy-one" → "71", "nought" → "0".</summary>
    public static string DigitsOf(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Dictionary<string, NumberWord> Build()
    {
        var words = new Dictionary<string, NumberWord>();

        void Cardinal(string word, int value) => words[word] = new NumberWord(NumberWordClass.Cardinal, value);
        void Ordinal(string word, decimal value, string? plural = null)
        {
            words[word] = new NumberWord(NumberWordClass.Ordinal, value);
            words[plural ?? word + "s"] = new NumberWord(NumberWordClass.Ordinal, value, plural: true);
        }

        Cardinal("zero", 0);
        Cardinal("nought", 0);
        Cardinal("naught", 0);
        string[] units = { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine" };
        for (var i = 0; i < units.Length; i++) Cardinal(units[i], i + 1);
        string[] teens = { "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen" };
        for (var i = 0; i < teens.Length; i++) Cardinal(teens[i], i + 10);
        string[] tens = { "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };
        for (var i = 0; i < tens.Length; i++) Cardinal(tens[i], (i + 2) * 10);
        Cardinal("fourty", 40);

        words["hundred"] = new NumberWord(NumberWordClass.Hundred, 100);
        words["hundreds"] = new NumberWord(NumberWordClass.Hundred, 100, plural: true);
        foreach (var (word, value) in new (string, decimal)[]
                 {
                     ("thousand", 1_000m), ("lakh", 100_000m), ("lac", 100_000m), ("million", 1_000_000m), ("crore", 10_000_000m),
                     ("billion", 1_000_000_000m), ("trillion", 1_000_000_000_000m),
                 })
        {
            words[word] = new NumberWord(NumberWordClass.Scale, value);
            words[word + "s"] = new NumberWord(NumberWordClass.Scale, value, plural: true);
        }
        foreach (var dozen in new[] { "dozen", "doz", "dz" })
        {
            words[dozen] = new NumberWord(NumberWordClass.Dozen, 12);
            words[dozen + "s"] = new NumberWord(NumberWordClass.Dozen, 12, plural: true);
        }

        // "seconds" is left out: after a number it is a unit of time, never a denominator.
        words["first"] = new NumberWord(NumberWordClass.Ordinal, 1);
        words["firsts"] = new NumberWord(NumberWordClass.Ordinal, 1, plural: true);
        words["second"] = new NumberWord(NumberWordClass.Ordinal, 2);
        Ordinal("third", 3);
        Ordinal("fourth", 4);
        Ordinal("fifth", 5);
        Ordinal("sixth", 6);
        Ordinal("seventh", 7);
        Ordinal("eighth", 8);
        Ordinal("ninth", 9);
        Ordinal("nineth", 9);
        Ordinal("tenth", 10);
        Ordinal("eleventh", 11);
        Ordinal("twelfth", 12);
        Ordinal("thirteenth", 13);
        Ordinal("fourteenth", 14);
        Ordinal("fifteenth", 15);
        Ordinal("sixteenth", 16);
        Ordinal("seventeenth", 17);
        Ordinal("eighteenth", 18);
        Ordinal("nineteenth", 19);
        Ordinal("twentieth", 20);
        Ordinal("thirtieth", 30);
        Ordinal("fortieth", 40);
        Ordinal("fiftieth", 50);
        Ordinal("sixtieth", 60);
        Ordinal("seventieth", 70);
        Ordinal("eightieth", 80);
        Ordinal("ninetieth", 90);
        Ordinal("hundredth", 100);
        Ordinal("thousandth", 1_000m);
        Ordinal("millionth", 1_000_000m);
        Ordinal("billionth", 1_000_000_000m);
        Ordinal("trillionth", 1_000_000_000_000m);

        words["half"] = new NumberWord(NumberWordClass.Half, 2);
        words["halves"] = new NumberWord(NumberWordClass.Half, 2, plural: true);
        words["quarter"] = new NumberWord(NumberWordClass.Quarter, 4);
        words["quarters"] = new NumberWord(NumberWordClass.Quarter, 4, plural: true);
        return words;
    }
}
