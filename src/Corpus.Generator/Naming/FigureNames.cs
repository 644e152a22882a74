using System.Linq;
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
            if (string.IsNullOrWhiteSpace(extra) || spoken.Contains(Letters(extra!))) continue;
            builder.Append(' ').Append(extra);
            spoken += Letters(extra!);
        }

        var words = builder.ToString().Split(new[] { ' ', '\t', '\n', '\r' }, System.StringSplitOptions.RemoveEmptyEntries).Take(MaxWords);
        return Identifier.ToPascalCase(string.Join(" ", words), "Figure");
    }

    private static string Letters(string text) =>
        new string(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
