using System.Linq;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Tests.Quotes;

/// <summary>Direct quotes are whole sentences in marks, partial quotes fragments in the reporter's sentence, indirect ones reported clauses.</summary>
public sealed class QuoteKindTests
{
    [Theory]
    [InlineData("opens the sentence", "“The bridge is safe,” the engineer said.", "The bridge is safe", QuoteKind.Direct)]
    [InlineData("after a colon", "The minister told parliament: «We will not give in.»", "We will not give in.", QuoteKind.Direct)]
    [InlineData("after said and a comma", "She said, \"We are ready to talk.\"", "We are ready to talk.", QuoteKind.Direct)]
    [InlineData("after said, capitalised", "He said \"We will fight on.\"", "We will fight on.", QuoteKind.Direct)]
    [InlineData("continuation after the attribution", "\"It rained,\" he said, \"and then it flooded.\"", "and then it flooded.", QuoteKind.Direct)]
    [InlineData("after saying", "The ministry ruled it out, saying “they have other duties to perform”.", "they have other duties to perform", QuoteKind.Partial)]
    [InlineData("inside a relative clause", "Medvedev spoke of Kyrgyzstan, which he regarded as an \"ally and a close partner\".", "ally and a close partner", QuoteKind.Partial)]
    [InlineData("inside a that-clause", "She wrote that 2023 had been \"the hardest year in our history\".", "the hardest year in our history", QuoteKind.Partial)]
    [InlineData("a fragment the sentence goes on from", "“Reckless and dangerous” was how the senator described the plan.", "Reckless and dangerous", QuoteKind.Partial)]
    [InlineData("X said that", "The minister said that the border would reopen on Monday.", "the border would reopen on Monday", QuoteKind.Indirect)]
    [InlineData("X said, bare clause", "Medvedev said Friday that Russia was ready to assist if necessary.", "Russia was ready to assist if necessary", QuoteKind.Indirect)]
    [InlineData("trailing attribution", "The troops will not be used to restore order, a senior military official said Saturday.", "The troops will not be used to restore order", QuoteKind.Indirect)]
    [InlineData("trailing inverted attribution", "The vote will go ahead as planned, said the election commission.", "The vote will go ahead as planned", QuoteKind.Indirect)]
    [InlineData("according to, leading", "According to the UN refugee agency, 40,000 people have crossed the border.", "40,000 people have crossed the border", QuoteKind.Indirect)]
    [InlineData("according, without its to", "According Ms. Timakova, Mr. Medvedev has ordered aid to be sent.", "Mr. Medvedev has ordered aid to be sent", QuoteKind.Indirect)]
    [InlineData("according to, trailing", "Police arrested three men near the stadium, according to local media.", "Police arrested three men near the stadium", QuoteKind.Indirect)]
    [InlineData("told reporters with a time word", "Otunbayeva told reporters Saturday a written appeal had been sent to Moscow.", "a written appeal had been sent to Moscow", QuoteKind.Indirect)]
    [InlineData("skipping a place and a day", "Medvedev said in the Uzbek capital of Tashkent Friday the bloc would send observers.", "the bloc would send observers", QuoteKind.Indirect)]
    [InlineData("participle after a comma", "The company rejected the claims, saying the report was flawed.", "the report was flawed", QuoteKind.Indirect)]
    [InlineData("relayed by an agency", "Interfax quoted a source in the ministry as saying that talks would continue.", "talks would continue", QuoteKind.Indirect)]
    public void Reads_the_kind(string shape, string text, string expected, QuoteKind kind)
    {
        var result = QuoteTesting.Read(text);
        var found = result.Quotes.Select(q => (Text: QuoteTesting.Text(text, q.Range), q.Kind)).ToList();
        Assert.True(found.Contains((expected, kind)), $"{shape}: {string.Join(" | ", found)}");
    }

    [Theory]
    [InlineData("The minister has warned that prices will rise.", "prices will rise", "minister")]
    [InlineData("Officials are insisting that the plan is safe.", "the plan is safe", "Officials")]
    [InlineData("The company had conceded that errors were made.", "errors were made", "company")]
    [InlineData("Mayor Joan Ruiz vowed that the school would reopen.", "the school would reopen", "Joan Ruiz")]
    [InlineData("Senator Tom Hale tweeted that the vote had been rigged.", "the vote had been rigged", "Tom Hale")]
    [InlineData("Governor Ann Cole wrote that the state would sue.", "the state would sue", "Ann Cole")]
    [InlineData("The union says its members will strike on Monday.", "its members will strike on Monday", "union")]
    [InlineData("Police will tell the court that the suspect fled.", "the suspect fled", "Police")]
    [InlineData("The ministry added that no decision had been taken.", "no decision had been taken", "ministry")]
    [InlineData("The army denied that its troops had crossed the border.", "its troops had crossed the border", "army")]
    [InlineData("Analysts predicted that rates would fall.", "rates would fall", "Analysts")]
    [InlineData("The mayor pointed out that the bridge was old.", "the bridge was old", "the mayor")]
    public void Reads_speech_verbs_in_every_tense(string text, string expected, string speaker)
    {
        var result = QuoteTesting.Read(text);
        var quote = result.Quotes.SingleOrDefault(q => QuoteTesting.Text(text, q.Range) == expected);
        Assert.True(quote is not null, QuoteTesting.Dump(text, result));
        Assert.Equal(QuoteKind.Indirect, quote!.Kind);
        Assert.True(quote.Speaker is not null && quote.Speaker.EndsWith(speaker, System.StringComparison.OrdinalIgnoreCase), QuoteTesting.Dump(text, result));
    }

    [Theory]
    [InlineData("a verb without a clause", "The statement said nothing about casualties.")]
    [InlineData("a passive report", "Osh was reported to be black with smoke.")]
    [InlineData("a passive tell", "Told to leave, the residents packed their cars and drove north.")]
    [InlineData("an infinitive", "The government begged Moscow to help control the violence which has left 60 dead.")]
    [InlineData("warned of", "The UN warned of a humanitarian catastrophe in the region.")]
    [InlineData("a verb whose object is a thing", "The interim President wrote a letter to President Medvedev to airlift troops.")]
    [InlineData("declared a state", "The government has declared a state of emergency and clamped a curfew on the city.")]
    [InlineData("a noun that looks like a verb", "Local media reports of the clashes could not be verified.")]
    public void Finds_no_reported_speech(string what, string text)
    {
        var found = QuoteTesting.Read(text).Quotes.Select(q => QuoteTesting.Text(text, q.Range)).ToList();
        Assert.True(found.Count == 0, $"{what}: {string.Join(" | ", found)}");
    }
}
