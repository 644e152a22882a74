using System.IO;
using System.Linq;
using Corpus.Extraction.Model;
using Corpus.Extraction.Quotes;
using Corpus.Testing;

namespace Corpus.Extraction.Tests.Quotes;

/// <summary>The quotes of the two seed articles, as verified by reading them.</summary>
public sealed class SeedQuoteTests
{
    private static string Seed(string prefix) => File.ReadAllText(RepoPaths.Seed(prefix));

    [Fact]
    public void Seed_000_direct_quotes()
    {
        var text = Seed("000");
        var result = QuoteTesting.Read(text);

        AssertQuote(text, result, QuoteKind.Direct, "This is an internal conflict", "resolving it", "Natalia Timakova", "ITAR-TASS news agency", "Kremlin spokesperson Natalia Timakova");
        AssertQuote(text, result, QuoteKind.Direct, "We need the deployment", "President Dmitry Medvedev", "Rosa Otunbayeva", "ITAR-TASS news agency", "interim Kyrgyz head Ms. Otunbayeva");
        AssertQuote(text, result, QuoteKind.Direct, "We are ready to start negotiations", "in Osh", "Rosa Otunbayeva", null, "Ms. Otunbayeva");
        AssertQuote(text, result, QuoteKind.Direct, "The situation in Osh has spun out of control", "out of control", "Rosa Otunbayeva", null, "Ms. Otunbayeva");
        AssertQuote(text, result, QuoteKind.Direct, "Attempts to establish law and order", "quell the confrontation", "Rosa Otunbayeva", null, "the interim President");
        Assert.Equal(5, result.Quotes.Count(q => q.Kind == QuoteKind.Direct));
    }

    [Fact]
    public void Seed_000_partial_and_indirect_quotes()
    {
        var text = Seed("000");
        var result = QuoteTesting.Read(text);

        AssertQuote(text, result, QuoteKind.Partial, "they have other duties to perform", "to perform", "Defence Ministry", null, null);
        AssertQuote(text, result, QuoteKind.Indirect, "there was no ground for its involvement", "internal conflict", "Kremlin", null, "Kremlin");
        AssertQuote(text, result, QuoteKind.Indirect, "Mr. Medvedev, as the rotating president", "post-Soviet military bloc", "Natalia Timakova", null, "Ms. Timakova");
        AssertQuote(text, result, QuoteKind.Indirect, "President Medvedev, who is fully aware", "Nikolai Bordyuzha", "Natalia Timakova", null, "The Kremlin spokesperson");
        AssertQuote(text, result, QuoteKind.Indirect, "Mr. Medvedev has ordered", "for treatment", "Natalia Timakova", null, "Ms. Timakova");
        AssertQuote(text, result, QuoteKind.Indirect, "63 people had been killed", "838 were wounded", "health ministry", null, "the health ministry");
        AssertQuote(text, result, QuoteKind.Indirect, "hospitals were overflowing", "with casualties", "health ministry", null, "They");
        AssertQuote(text, result, QuoteKind.Indirect, "any CSTO decision would have to be cleared by Belarus", "southern stronghold", "Local media reports", null, "Local media reports");
        AssertQuote(text, result, QuoteKind.Indirect, "there was acute shortage of food", "looted and torched", "Rosa Otunbayeva", null, "She");
        Assert.Single(result.Quotes, q => q.Kind == QuoteKind.Partial);
        Assert.Equal(8, result.Quotes.Count(q => q.Kind == QuoteKind.Indirect));
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Seed_000_speakers()
    {
        var result = QuoteTesting.Read(Seed("000"));

        var otunbayeva = result.Speakers.Single(s => s.Name == "Rosa Otunbayeva");
        Assert.Equal(SpeakerKind.Person, otunbayeva.Kind);
        Assert.Contains("Ms. Otunbayeva", otunbayeva.Aliases);
        Assert.Contains("the interim President", otunbayeva.Aliases);
        Assert.Contains("interim President", otunbayeva.Roles);
        var timakova = result.Speakers.Single(s => s.Name == "Natalia Timakova");
        Assert.Contains("Ms. Timakova", timakova.Aliases);
        Assert.Contains("Kremlin spokesperson", timakova.Roles);
        var agency = result.Speakers.Single(s => s.Name == "ITAR-TASS news agency");
        Assert.Equal(SpeakerKind.Organisation, agency.Kind);
        Assert.Contains("ITAR-TASS", agency.Aliases);
        Assert.All(new[] { "Kremlin", "Defence Ministry", "health ministry", "Local media reports" },
            name => Assert.Equal(SpeakerKind.Organisation, result.Speakers.Single(s => s.Name == name).Kind));
        // The agency relays; it never speaks.
        Assert.DoesNotContain(result.Quotes, q => q.Speaker == "ITAR-TASS news agency");
    }

    [Fact]
    public void Seed_003_quotes()
    {
        var text = Seed("003");
        var result = QuoteTesting.Read(text, lines: true);

        AssertQuote(text, result, QuoteKind.Direct, "These military units", "other purposes", "a senior military official", "Itar-Tass news agency", "the source");
        AssertQuote(text, result, QuoteKind.Direct, "Since yesterday evening", "help to Russia", "Roza Otunbayeva", null, "the interim leader");
        AssertQuote(text, result, QuoteKind.Direct, "I believe all the existing problems", "will help", "Dmitry Medvedev", null, "he");
        AssertQuote(text, result, QuoteKind.Partial, "ally and a close partner", "close partner", "Dmitry Medvedev", null, null);
        AssertQuote(text, result, QuoteKind.Indirect, "Russian troops stationed in Kyrgyzstan", "Central Asian state", "a senior military official", null, "a senior military official");
        AssertQuote(text, result, QuoteKind.Indirect, "a written appeal had been sent", "Dmitry Medvedev", "Roza Otunbayeva", null, "Otunbayeva");
        AssertQuote(text, result, QuoteKind.Indirect, "Russia was ready to assist", "if necessary", "Dmitry Medvedev", null, "Medvedev");
        AssertQuote(text, result, QuoteKind.Indirect, "troops from the post-soviet security bloc", "would not enter Kyrgyzstan", "Dmitry Medvedev", null, "Medvedev");
        AssertQuote(text, result, QuoteKind.Indirect, "That could only happen", "by a foreign state", "Dmitry Medvedev", null, "the Russian president");
        AssertQuote(text, result, QuoteKind.Indirect, "the Shanghai Cooperation Organization", "close partner\"", "Dmitry Medvedev", null, "Medvedev");
        Assert.Equal(10, result.Quotes.Count);

        var source = result.Speakers.Single(s => s.Name == "a senior military official");
        Assert.Equal(SpeakerKind.Description, source.Kind);
        Assert.Contains("the source", source.Aliases);
        Assert.Contains("the interim leader", result.Speakers.Single(s => s.Name == "Roza Otunbayeva").Aliases);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("003")]
    public void Seed_quotes_do_not_depend_on_the_segmentation(string seed)
    {
        var text = Seed(seed);
        var byLines = QuoteTesting.Read(text, lines: true);
        var model = ArticleReader.Read(RepoPaths.Seed(seed), text, ArticleMetadata.None);
        var byEngine = QuoteReader.Read(text, model.Paragraphs, model.Sentences, default);
        var whole = QuoteReader.Read(text, new EquatableArray<TextRange>(new[] { new TextRange(0, text.Length) }), EquatableArray<SentenceModel>.Empty, default);

        Assert.Equal(Summary(text, byLines), Summary(text, byEngine));
        Assert.Equal(Summary(text, byLines), Summary(text, whole));
    }

    private static string[] Summary(string text, ArticleQuotes result) =>
        result.Quotes.Select(q => $"{q.Kind} {q.Speaker} {q.Via} [{QuoteTesting.Text(text, q.Range)}]").ToArray();

    private static void AssertQuote(string text, ArticleQuotes result, QuoteKind kind, string start, string end, string speaker, string? via, string? mention)
    {
        var quote = result.Quotes.FirstOrDefault(q => q.Kind == kind && QuoteTesting.Text(text, q.Range).StartsWith(start, System.StringComparison.Ordinal));
        Assert.True(quote is not null, $"no {kind} quote starting [{start}]:\n{QuoteTesting.Dump(text, result)}");
        var quoted = QuoteTesting.Text(text, quote!.Range);
        Assert.True(quoted.EndsWith(end, System.StringComparison.Ordinal), $"[{quoted}] should end with [{end}]");
        Assert.False(quoted.StartsWith("\u201C", System.StringComparison.Ordinal) || quoted.EndsWith("\u201D", System.StringComparison.Ordinal), "the marks are not part of the quote");
        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(via, quote.Via);
        if (mention is not null) Assert.Equal(mention, QuoteTesting.Text(text, quote.SpeakerMention!.Value));
        Assert.NotNull(quote.Cue);
    }
}
