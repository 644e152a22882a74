namespace Corpus.Extraction.Text;

/// <summary>Possessive endings: "russia's" and "farmers'" are "russia" and "farmers" to the vocabulary.</summary>
internal static class Possessives
{
    /// <summary>The lower-case word without a possessive ending ('s, ’s, or a final apostrophe); the same instance if it has none.</summary>
    public static string Strip(string lower)
    {
        if (lower.EndsWith("'s", System.StringComparison.Ordinal) || lower.EndsWith("\u2019s", System.StringComparison.Ordinal))
            return lower.Substring(0, lower.Length - 2);
        if (lower.Length > 1 && (lower[lower.Length - 1] == '\'' || lower[lower.Length - 1] == '\u2019'))
            return lower.Substring(0, lower.Length - 1);
        return lower;
    }
}
