using System.Collections.Generic;
using System.IO;
using System.Linq;
using Corpus.Testing;

namespace Corpus.Extraction.Tests.Figures;

/// <summary>
/// The fresh set (figure-fresh.txt): sentences written after the rules were tuned, with their figures written
/// down before the first run. docs/accuracy.md records that first run; this test holds the set to what a reader expects.
/// </summary>
public sealed class FreshSetTests
{
    public static IEnumerable<object[]> Cases() =>
        Load().Select(c => new object[] { c.Sentence, c.Figures });

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_the_fresh_sentence(string sentence, string[] figures) =>
        Assert.Equal(figures, FigureText.Describe(sentence));

    private static List<(string Sentence, string[] Figures)> Load()
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "Corpus.Extraction.Tests", "Figures", "figure-fresh.txt");
        var cases = new List<(string, string[])>();
        string? sentence = null;
        var figures = new List<string>();
        foreach (var line in File.ReadLines(path).Append(""))
        {
            if (line.StartsWith('#')) continue;
            if (line.Length == 0)
            {
                if (sentence is not null) cases.Add((sentence, figures.ToArray()));
                sentence = null;
                figures.Clear();
            }
            else if (line.StartsWith("> ", System.StringComparison.Ordinal))
            {
                figures.Add(line.Substring(2));
            }
            else
            {
                sentence = line;
            }
        }
        return cases;
    }
}
