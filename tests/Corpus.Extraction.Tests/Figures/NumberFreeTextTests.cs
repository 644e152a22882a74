using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Corpus.Extraction.Figures;
using Corpus.Extraction.Figures.Numbers;
using Corpus.Testing;

namespace Corpus.Extraction.Tests.Figures;

/// <summary>The filter that spares tokenizing sentences with no number must never spare one that has a figure.</summary>
public sealed class NumberFreeTextTests
{
    public static IEnumerable<object[]> StartingWords() =>
        NumberWords.Spellings.Append("scores").Select(word => new object[] { word });

    [Theory]
    [MemberData(nameof(StartingWords))]
    public void Every_word_a_number_starts_with_may_hold_one(string word)
    {
        foreach (var spelling in new[] { word, word.ToUpperInvariant(), CultureInfo.InvariantCulture.TextInfo.ToTitleCase(word) })
        {
            var sentence = "They counted " + spelling + " of them.";
            Assert.True(NumberFreeText.MayHoldNumber(sentence, 0, sentence.Length), spelling);
        }
    }

    [Theory]
    [InlineData("The minister said the talks would continue.", false)]
    [InlineData("Anyone could see that someone had gone.", false)]
    [InlineData("It cost $ then.", true)]
    [InlineData("Up 5 points.", true)]
    [InlineData("Half of them left.", true)]
    [InlineData("A café opened.", true)]
    public void Reads_the_characters_conservatively(string sentence, bool expected) =>
        Assert.Equal(expected, NumberFreeText.MayHoldNumber(sentence, 0, sentence.Length));

    [Fact]
    public void Every_sentence_with_a_figure_may_hold_a_number()
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "Corpus.Extraction.Tests", "Figures", "figure-fresh.txt");
        var sentences = File.ReadAllLines(path).Where(line => line.Length > 0 && line[0] is not ('#' or '>')).ToList();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Seeds, "*.txt"))
        {
            sentences.AddRange(File.ReadAllLines(file).Where(line => line.Length > 0));
        }
        Assert.NotEmpty(sentences);
        foreach (var sentence in sentences)
        {
            if (FigureReader.ReadSentence(sentence).Count > 0) Assert.True(NumberFreeText.MayHoldNumber(sentence, 0, sentence.Length), sentence);
        }
    }
}
