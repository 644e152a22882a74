using System.Text;
using Corpus.Extraction.Model;

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
        var builder = new StringBuilder(figureText);
        var spoken = Letters(figureText);
        foreach (var extra in new[] { figure.Unit, figure.Counts })
        {
            if (string.IsNullOrWhiteSpace(extra)) continue;
            var letters = Letters(extra!);
            if (spoken.Contains(letters)) continue;
            builder.Append(' ').Append(extra);
            spoken += letters;
        }
        return Identifier.ToPascalCase(FirstWords(builder, MaxWords), "Figure");
    }

    // The first words of text split at spaces, tabs and line breaks, joined by single spaces.
    private static string FirstWords(StringBuilder text, int count)
    {
        var words = new StringBuilder(text.Length);
        var taken = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is ' ' or '\t' or '\n' or '\r')
            {
                inWord = false;
                continue;
            }
            if (!inWord)
            {
                if (taken == count) break;
                if (taken > 0) words.Append(' ');
                taken++;
                inWord = true;
            }
            words.Append(c);
        }
        return words.ToString();
    }

    private static string Letters(string text)
    {
        var letters = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) letters.Append(char.ToLowerInvariant(c));
        }
        return letters.ToString();
    }
}
