using System.Text;
using Corpus.Extraction.Model;
using Corpus.Generator.Text;

namespace Corpus.Generator.Naming;

/// <summary>
/// A figure's member name reads like the figure: its words, the counted noun and what happened to it
/// ("more than 60" people dead → <c>MoreThan60PeopleDead</c>). Words the figure already says are not
/// repeated, and a name that would start with a digit is prefixed with <c>Figure</c>.
/// </summary>
internal static class FigureNames
{
    private const int MaxWords = 8;

    public static string BaseName(FigureModel figure, string figureText)
    {
        var builder = StringBuilderCache.Acquire(figureText.Length + 32).Append(figureText);
        var spoken = Letters(figureText);
        spoken = AddUnspoken(builder, spoken, figure.Unit);
        AddUnspoken(builder, spoken, figure.Counts);
        var words = LeadingWords.Of(StringBuilderCache.ToStringAndRelease(builder), MaxWords, " \t\n\r");
        return Identifier.ToPascalCase(words, "Figure");
    }

    // The unit or what happened, unless the figure's own words already say it ("63 dead": not "dead" again).
    private static string AddUnspoken(StringBuilder builder, string spoken, string? extra)
    {
        if (string.IsNullOrWhiteSpace(extra)) return spoken;
        var letters = Letters(extra!);
        if (spoken.Contains(letters)) return spoken;
        builder.Append(' ').Append(extra);
        return spoken + letters;
    }

    private static string Letters(string text)
    {
        var letters = StringBuilderCache.Acquire(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) letters.Append(char.ToLowerInvariant(c));
        }
        return StringBuilderCache.ToStringAndRelease(letters);
    }
}
