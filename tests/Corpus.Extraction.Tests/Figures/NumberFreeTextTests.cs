using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Corpus.Extraction.Figures;
using Corpus.Extraction.Figures.Numbers;
using Corpus.Extraction.Figures.Scanning;
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
    [InlineData("\u201CWe will stay,\u201D he said \u2014 and they did\u2026", false)]
    [InlineData("\u2018Nobody\u2019s leaving,\u2019 said the\u00A0mayor \u2013 \u00ABnot now\u00BB.", false)]
    [InlineData("Prices rose by a \u2030 or so.", true)]
    [InlineData("It rose \u00BD point.", true)]
    [InlineData("It cost \u20AC then.", true)]
    [InlineData("\u201CIt is \u0662 now,\u201D he said.", true)]
    public void Reads_the_characters_conservatively(string sentence, bool expected) =>
        Assert.Equal(expected, NumberFreeText.MayHoldNumber(sentence, 0, sentence.Length));

    // The filter passes over typographic punctuation and spaces beyond ASCII: each must be a token of
    // its own to the tokenizer (or no token), never a symbol, a digit or part of a word.
    [Fact]
    public void Characters_it_passes_over_are_tokens_no_number_starts_at()
    {
        var passed = 0;
        for (var c = (char)0x80; c < char.MaxValue; c++)
        {
            var text = "x " + c + " y";
            if (NumberFreeText.MayHoldNumber(text, 0, text.Length)) continue;
            passed++;
            var tokens = Tokenizer.Tokenize(text, 0, text.Length, default);
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].Start == 2) Assert.True(tokens[i].Kind == TokenKind.Punct, $"U+{(int)c:X4} is a {tokens[i].Kind}");
            }
        }
        Assert.InRange(passed, 100, 2000);
    }

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
