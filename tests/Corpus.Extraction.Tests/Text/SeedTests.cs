using System.IO;
using System.Linq;
using Corpus.Extraction.Model;
using Corpus.Testing;

namespace Corpus.Extraction.Tests.Text;

/// <summary>
/// The two seed articles, one per house style. Expected counts were taken by reading the files, not
/// from the engine:
/// <list type="bullet">
/// <item>seeds/000: 23 non-blank lines separated by blank lines; the last is the furniture line
/// "More In: International | News", so 22 paragraphs. 18 paragraphs are one sentence; four hold more:
/// "The official death toll ... wounded. They said ..." (2), "“We need the deployment ... countries.
/// We have asked Russia for this. I have written ..." (3), "The interim government sent troops ...
/// violence. Air Force helicopters ..." (2), "“Attempts to establish ... impunity. We need outside
/// forces ..." (2): 18 + 2 + 3 + 2 + 2 = 27 sentences. Words: `wc -w` says 705 tokens, of which "|"
/// has no letter and "More", "In:", "International", "News" are furniture: 700.</item>
/// <item>seeds/003: 16 lines, no blank line, so 16 paragraphs. 13 lines are one sentence; three hold two:
/// "Since yesterday evening ... situation. In this concern ...", "I believe ... authorities. The
/// Russian Federation will help", "Bakiyev was ousted ... country. At least 85 ...": 19 sentences.
/// Words: `wc -w` says 380 tokens, of which the two "--" have no letter: 378.</item>
/// </list>
/// </summary>
public class SeedTests
{
    private static (string Text, ArticleModel Model) Read(string seed)
    {
        var path = RepoPaths.Seed(seed);
        var text = Decode(path);
        return (text, ArticleReader.Read(path, text, ArticleMetadata.None));
    }

    private static string Decode(string path) => Corpus.Extraction.Text.ArticleDecoder.Decode(File.ReadAllBytes(path)).Text;

    [Fact]
    public void Seed000_uses_blank_lines_between_paragraphs()
    {
        var (text, model) = Read("000");

        Invariants.Check(text, model);
        Assert.Equal(22, model.Paragraphs.Count);
        Assert.Equal(27, model.Sentences.Count);
        Assert.Equal(700, model.WordCount);
        Assert.Empty(model.Findings);
    }

    [Fact]
    public void Seed000_first_and_last_sentences()
    {
        var (text, model) = Read("000");
        var sentences = Extract.Sentences(text, model);

        Assert.Equal(
            "Russia on Saturday refused to send its forces to Kyrgyzstan as its government begged Moscow to help control " +
            "widespread ethnic violence in southern city of Osh which has left more than 60 people dead and over 800 wounded.",
            sentences[0]);
        Assert.Equal(
            "She also said that there was acute shortage of food and medicines in the embattled southern Kyrgyzstan after " +
            "almost all the stores had been looted and torched.",
            sentences[sentences.Length - 1]);
        Assert.Equal(model.Paragraphs.Count - 1, model.Sentences[model.Sentences.Count - 1].Paragraph);
    }

    [Fact]
    public void Seed000_multi_sentence_paragraphs_split_where_a_reader_would()
    {
        var (text, model) = Read("000");
        var sentences = Extract.Sentences(text, model);

        Assert.Contains("We have asked Russia for this.", sentences);
        Assert.Contains("They said hospitals were overflowing with casualties.", sentences);
        Assert.Contains("Air Force helicopters were hovering over the city where violence continued for the second day.", sentences);
        // "Ms." and "Mr." do not end sentences; "U.S.," and "it,”" are not ends either.
        Assert.Contains(sentences, s => s.StartsWith("Ms. Timakova said Mr. Medvedev, as the rotating president", System.StringComparison.Ordinal));
        Assert.Contains(sentences, s => s.StartsWith("“The situation in Osh has spun out of control,” Ms. Otunbayeva said", System.StringComparison.Ordinal)
                                        && s.EndsWith("U.S., China and Russia appealed for restoration of calm.", System.StringComparison.Ordinal));
        Assert.Contains(sentences, s => s.StartsWith("“This is an internal conflict", System.StringComparison.Ordinal)
                                        && s.EndsWith("news agency on Saturday.", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Seed000_furniture_names_the_section_and_leaves_the_body()
    {
        var (text, model) = Read("000");
        var furniture = text.IndexOf("More In: International | News", System.StringComparison.Ordinal);

        Assert.True(furniture > 0);
        Assert.Equal("International", model.Header.Section);
        Assert.True(model.Body.End <= furniture);
        Assert.Equal("torched.", text.Substring(model.Body.End - "torched.".Length, "torched.".Length));
        var last = Extract.Of(text, model.Paragraphs[model.Paragraphs.Count - 1]);
        Assert.DoesNotContain("More In", last);
        Assert.StartsWith("She also said", last);
    }

    [Fact]
    public void Seed000_title_is_derived_from_the_first_sentence()
    {
        var (text, model) = Read("000");
        var first = Extract.Of(text, model.Sentences[0].Range);

        Assert.True(model.Header.TitleFromLead);
        Assert.True(first.Length > ArticleReader.MaxTitleLength);
        Assert.EndsWith("…", model.Header.Title);
        var kept = model.Header.Title.Substring(0, model.Header.Title.Length - 1);
        Assert.InRange(kept.Length, 1, ArticleReader.MaxTitleLength);
        Assert.StartsWith(kept, first);
        Assert.Equal(' ', first[kept.Length]); // cut between words
        Assert.Equal(first, model.Lead); // the first paragraph is one sentence of under 300 characters
    }

    [Fact]
    public void Seed003_uses_one_paragraph_per_line()
    {
        var (text, model) = Read("003");

        Invariants.Check(text, model);
        Assert.Equal(16, model.Paragraphs.Count);
        Assert.Equal(19, model.Sentences.Count);
        Assert.Equal(378, model.WordCount);
        Assert.Null(model.Header.Section);
        Assert.Empty(model.Findings);
        var lines = text.Split('\n');
        Assert.Equal(lines, Extract.Paragraphs(text, model));
    }

    [Fact]
    public void Seed003_first_and_last_sentences_and_quotes_that_end_with_a_comma()
    {
        var (text, model) = Read("003");
        var sentences = Extract.Sentences(text, model);

        Assert.Equal(
            "Russian troops stationed in Kyrgyzstan as security for Russia's Kant military base will not be used to restore order " +
            "in the southern part of the Central Asian state, a senior military official said Saturday.",
            sentences[0]);
        Assert.Equal(
            "Kyrgyzstan is expected to vote on a new constitution later this month, followed by new parliamentary elections in October.",
            sentences[sentences.Length - 1]);
        Assert.Equal(
            "\"These military units have a strict mission, and they will not be used for other purposes,\" said the source as quoted by the Itar-Tass news agency.",
            sentences[1]);
        Assert.Contains("The Russian Federation will help,\" he said.", sentences);
        Assert.Contains("At least 85 people were killed and thousands of others injured in those clashes.", sentences);
    }

    [Fact]
    public void Seed003_title_is_derived_from_the_first_sentence()
    {
        var (text, model) = Read("003");
        var first = Extract.Of(text, model.Sentences[0].Range);

        Assert.True(model.Header.TitleFromLead);
        Assert.EndsWith("…", model.Header.Title);
        Assert.StartsWith(model.Header.Title.TrimEnd('…'), first);
        Assert.True(model.Header.Title.Length - 1 <= ArticleReader.MaxTitleLength);
    }
}
