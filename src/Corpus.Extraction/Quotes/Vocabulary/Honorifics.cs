using System.Collections.Generic;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Quotes.Vocabulary;

/// <summary>Titles written before a name (with or without a full stop): Mr, Ms., Dr, Gov., Sen., Sheikh.</summary>
internal static class Honorifics
{
    private static readonly Dictionary<string, Gender> Words = new(System.StringComparer.Ordinal)
    {
        ["mr"] = Gender.Male, ["messrs"] = Gender.Male, ["sir"] = Gender.Male, ["lord"] = Gender.Male,
        ["herr"] = Gender.Male, ["monsieur"] = Gender.Male, ["señor"] = Gender.Male,
        ["mrs"] = Gender.Female, ["ms"] = Gender.Female, ["miss"] = Gender.Female, ["dame"] = Gender.Female,
        ["lady"] = Gender.Female, ["madam"] = Gender.Female, ["madame"] = Gender.Female, ["mme"] = Gender.Female,
        ["mlle"] = Gender.Female, ["frau"] = Gender.Female, ["señora"] = Gender.Female,
        ["mx"] = Gender.Unknown, ["dr"] = Gender.Unknown, ["prof"] = Gender.Unknown, ["rev"] = Gender.Unknown,
        ["fr"] = Gender.Male, ["gen"] = Gender.Unknown, ["lt"] = Gender.Unknown, ["col"] = Gender.Unknown,
        ["maj"] = Gender.Unknown, ["capt"] = Gender.Unknown, ["sgt"] = Gender.Unknown, ["cpl"] = Gender.Unknown,
        ["pvt"] = Gender.Unknown, ["adm"] = Gender.Unknown, ["cmdr"] = Gender.Unknown, ["gov"] = Gender.Unknown,
        ["sen"] = Gender.Unknown, ["rep"] = Gender.Unknown, ["pres"] = Gender.Unknown, ["supt"] = Gender.Unknown,
        ["insp"] = Gender.Unknown, ["det"] = Gender.Unknown, ["hon"] = Gender.Unknown, ["sheikh"] = Gender.Male,
    };

    public static bool IsHonorific(string lower) => Words.ContainsKey(Strip(lower));

    public static Gender GenderOf(string lower) => Words.TryGetValue(Strip(lower), out var gender) ? gender : Gender.Unknown;

    private static string Strip(string lower) => FullStops.TrimEnd(lower);
}
