using System.IO;
using System.Linq;
using Corpus.Testing;

namespace Corpus.Extraction.Tests.Figures;

/// <summary>The figures of the two seed articles, all of them and nothing else.</summary>
public sealed class SeedFigureTests
{
    [Fact]
    public void Seed_000_reads_the_tolls_the_share_the_ranks_and_the_powers()
    {
        var text = File.ReadAllText(RepoPaths.Seed("000"));

        Assert.Equal(
            new[]
            {
                "Count 'more than 60' 60 MoreThan people dead",
                "Count 'over 800' 800 MoreThan people wounded",
                "Ordinal 'second' 2 Exact city -",
                "Count '63' 63 Exact people killed",
                "Count '838' 838 Exact people wounded",
                "Percent '50 per cent' 50 Exact percent -",
                "Ordinal 'second' 2 Exact day -",
                "Count 'three' 3 Exact powers -",
            },
            FigureText.Describe(text));
    }

    [Fact]
    public void Seed_003_reads_the_rank_the_tolls_and_the_vague_injured()
    {
        var text = File.ReadAllText(RepoPaths.Seed("003"));

        Assert.Equal(
            new[]
            {
                "Ordinal 'second' 2 Exact city -",
                "Count '63' 63 Exact people dead",
                "Count '838' 838 Exact people injured",
                "Count 'At least 85' 85 AtLeast people killed",
                "Count 'thousands' 2000 Vague people injured",
            },
            FigureText.Describe(text));
    }

    [Theory]
    [InlineData("000")]
    [InlineData("003")]
    public void The_article_reader_gives_the_same_figures_with_the_text_engine_segmentation(string seed)
    {
        var path = RepoPaths.Seed(seed);
        var text = File.ReadAllText(path);
        var model = ArticleReader.Read(path, text, Model.ArticleMetadata.None);

        Assert.Equal(FigureText.Describe(text), model.Figures.Select(f => FigureText.Describe(text, f)).ToArray());
    }

    [Fact]
    public void Seed_figures_carry_their_sentence_and_no_quote_when_none_is_given()
    {
        var text = File.ReadAllText(RepoPaths.Seed("000"));
        var sentences = FigureText.Sentences(text);

        foreach (var figure in FigureText.Read(text))
        {
            Assert.InRange(figure.Sentence, 0, sentences.Count - 1);
            Assert.True(sentences[figure.Sentence].Range.Contains(figure.Range));
            Assert.Null(figure.Quote);
        }
    }
}
