using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using Corpus.Extraction.Model;
using Corpus.Testing;

namespace Corpus.Extraction.Tests.Text;

/// <summary>No input makes the engine throw, and no input makes it slow (no quadratic path).</summary>
public class RobustnessTests
{
    private static ArticleModel ReadTimed(string text)
    {
        var model = Extract.Model(text);
        Invariants.Check(text, model);
        return model;
    }

    [Fact]
    public void Reading_grows_linearly_with_the_text()
    {
        const string piece = "Mr. Smith said 2.5 per cent, e.g. in the U.S. Army. \u201CWe will go,\u201D he said. ";
        Linearity.Assert(size => Extract.Model(string.Concat(Enumerable.Repeat(piece, size))), smallSize: 2_000, factor: 8);
    }

    [Fact]
    public void A_ten_megabyte_single_line()
    {
        var text = string.Concat(Enumerable.Repeat("Mr. Smith said 2.5 per cent, e.g. in the U.S. Army. ", 200_000));
        var model = ReadTimed(text);

        Assert.Single(model.Paragraphs);
        Assert.Equal(200_000, model.Sentences.Count);
    }

    [Fact]
    public void Ten_megabytes_without_a_space()
    {
        var model = ReadTimed(new string('a', 10_000_000));

        Assert.Equal(1, model.WordCount);
        Assert.Equal(ArticleReader.MaxTitleLength + 1, model.Header.Title.Length);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("“")]
    [InlineData(".\" ")]
    [InlineData("?” ")]
    [InlineData(". ")]
    [InlineData("...")]
    [InlineData("a. ")]
    [InlineData("U.")]
    [InlineData("Mr. ")]
    [InlineData("\n")]
    [InlineData("\r\n\r\n")]
    [InlineData("x\n\n")]
    [InlineData("--- \n")]
    [InlineData("Advertisement\n")]
    public void A_hundred_thousand_repetitions(string unit)
    {
        ReadTimed(string.Concat(Enumerable.Repeat(unit, 100_000)));
    }

    [Fact]
    public void Front_matter_that_never_closes_over_a_large_text()
    {
        var model = ReadTimed("---\n" + string.Concat(Enumerable.Repeat("key: value\n", 200_000)));

        Assert.Equal(FindingKind.MalformedFrontMatter, Assert.Single(model.Findings).Kind);
    }

    [Theory]
    [InlineData("\uFEFF---\ntitle: x\n---\nBody.")]
    [InlineData("---")]
    [InlineData("---\n")]
    [InlineData("---\r\n---")]
    [InlineData("---\n---")]
    [InlineData(".")]
    [InlineData("\u2029")]
    [InlineData("\r")]
    [InlineData("“")]
    [InlineData("Mr.")]
    [InlineData("a.m. U.S. Jan. No.")]
    [InlineData("More In:")]
    [InlineData("©")]
    [InlineData("---\ntitle: \"\n---\n")]
    [InlineData("---\npublished:\n---\nBody.")]
    public void Odd_inputs_give_valid_models(string text)
    {
        ReadTimed(text);
    }

    [Fact]
    public void Lone_surrogates_give_valid_models()
    {
        // Not [InlineData]: the test runner cannot tell lone surrogates apart in test names.
        foreach (var text in new[] { "\uD800", "\uDC00", "a\uD800. B\uDC00? \uD800", "\uD83D\uDE00. \uD835\uDC01old.", "x\uD800\n\n\uDC00y" })
        {
            ReadTimed(text);
        }
    }

    [Fact]
    public void Random_texts_give_valid_models()
    {
        const string Alphabet = "aB .,!?…\"“”‘’'()-—\n\r\t\u2028\u2029\u0085\u00A0\0\uFFFD\uD800\uDC00:|©MrU.S1";
        var random = new Random(20100612);
        for (var round = 0; round < 2000; round++)
        {
            var builder = new StringBuilder();
            if (round % 5 == 0) builder.Append("---\n");
            var length = random.Next(0, 200);
            for (var i = 0; i < length; i++) builder.Append(Alphabet[random.Next(Alphabet.Length)]);
            var text = builder.ToString();
            var model = Extract.Model(text);
            Invariants.Check(text, model);
        }
    }

    [Fact]
    public void The_same_text_gives_an_equal_model()
    {
        var text = "---\ntitle: T\n---\nOne. Two.\n\nThree.\n\nMore In: World";

        Assert.Equal(Extract.Model(text), Extract.Model(new string(text.ToCharArray())));
    }
}
