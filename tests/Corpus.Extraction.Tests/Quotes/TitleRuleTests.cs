using System.Linq;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Tests.Quotes;

/// <summary>
/// Names and titles in quotation marks are not quotes (the rule in TitleRule and docs/quotes.md): after a
/// naming word or a noun for a work, between two names, a number or code, or title case with no speech cue.
/// </summary>
public sealed class TitleRuleTests
{
    [Theory]
    [InlineData("a work noun before it", "The documentary “Voices of the Valley” premiered on Sunday.")]
    [InlineData("a work noun and a comma", "Her new film, \"The Last Harvest\", opens on Friday.")]
    [InlineData("a channel called a number", "The interview aired on a channel called “112” last week.")]
    [InlineData("so-called", "The so-called \"peace plan\" was rejected by both sides.")]
    [InlineData("known as", "The operation, known as “Clean Sweep”, ended in May.")]
    [InlineData("dubbed, lower case", "The storm, dubbed \"the beast from the east\", closed schools.")]
    [InlineData("a nickname between names", "Former boxer Dwayne “The Hammer” Collins said he would return to the ring.")]
    [InlineData("the word itself", "He never used the word “surrender” in the speech.")]
    [InlineData("title case opening a sentence", "\"The Last Harvest\" opens in cinemas on Friday.")]
    [InlineData("a code", "The launch of the “X-37B” was delayed again.")]
    [InlineData("a one-word scare quote with no speech cue", "The \"experts\" were nowhere to be seen.")]
    public void Is_not_a_quote(string rule, string text)
    {
        var quoted = QuoteTesting.Read(text).Quotes.Where(q => q.Kind != QuoteKind.Indirect).Select(q => QuoteTesting.Text(text, q.Range)).ToList();
        Assert.True(quoted.Count == 0, $"{rule}: {string.Join(" | ", quoted)}");
    }

    [Theory]
    [InlineData("title case with a speech cue", "“Stop the War,” protesters chanted outside the embassy.", "Stop the War")]
    [InlineData("a short quote after a speech verb", "The crowd shouted “Allahu Akbar” as the verdict was read.", "Allahu Akbar")]
    [InlineData("one word with a speech cue", "Officials described the talks as \"productive\".", "productive")]
    [InlineData("called it, with an object", "The senator called the proposal \"a gift to polluters\".", "a gift to polluters")]
    public void Is_a_quote(string rule, string text, string expected)
    {
        var quoted = QuoteTesting.Read(text).Quotes.Where(q => q.Kind != QuoteKind.Indirect).Select(q => QuoteTesting.Text(text, q.Range)).ToList();
        Assert.True(quoted.SequenceEqual(new[] { expected }), $"{rule}: {string.Join(" | ", quoted)}");
    }
}
