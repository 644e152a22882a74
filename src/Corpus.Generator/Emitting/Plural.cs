using System.Globalization;

namespace Corpus.Generator.Emitting;

/// <summary>"1 quote", "1,204 quotes": counts in hover docs.</summary>
internal static class Plural
{
    public static string Of(int count, string noun) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");
}
