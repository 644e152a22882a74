using System.Linq;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Tests.Quotes;

/// <summary>
/// Speakers in several house styles: after or before the quote, inverted, with a colon or an appositive,
/// with role and name, relayed by a medium, pronouns, roles and anonymous sources pointing back.
/// </summary>
public sealed class SpeakerTests
{
    [Theory]
    // where the attribution stands
    [InlineData("AP, name then said", "\"We are not going to back down,\" Gov. Maria Delgado said Tuesday.", "We are not going to back down", "Maria Delgado", "Gov. Maria Delgado")]
    [InlineData("Guardian, said then name", "\"This is a reckless gamble,\" said Rachel Okafor, the shadow chancellor.", "This is a reckless gamble", "Rachel Okafor", "Rachel Okafor")]
    [InlineData("colon", "Defence Minister Yusuf Karaca told reporters: \"Our troops will stay.\"", "Our troops will stay.", "Yusuf Karaca", "Defence Minister Yusuf Karaca")]
    [InlineData("appositive between name and verb", "Ahmed Nouri, a doctor who fled the city, said: \"There is no medicine left.\"", "There is no medicine left.", "Ahmed Nouri", null)]
    [InlineData("age and appositive, split quote", "\"The water came up so fast,\" said Tom Becker, 54, a retired mechanic.", "The water came up so fast", "Tom Becker", null)]
    [InlineData("role before the name", "“There is nothing to discuss,” Kremlin spokesman Dmitry Orlov told reporters.", "There is nothing to discuss", "Dmitry Orlov", "Kremlin spokesman Dmitry Orlov")]
    [InlineData("role, name in apposition", "\"I regret nothing,\" the former minister, Peter Lang, said.", "I regret nothing", "Peter Lang", null)]
    [InlineData("name in apposition before", "But the company's chief executive, Linda Moss, disagreed: \"We are still at the table.\"", "We are still at the table.", "Linda Moss", null)]
    [InlineData("had said", "“We are ready to start negotiations,” Ms. Otunbayeva had said.", "We are ready to start negotiations", "Otunbayeva", "Ms. Otunbayeva")]
    [InlineData("asked, inverted", "“Who is going to pay?” asked Councilwoman Fiona Grant.", "Who is going to pay?", "Fiona Grant", null)]
    [InlineData("says, present tense", "“It's a miracle,” says firefighter Paul Grady.", "It's a miracle", "Paul Grady", null)]
    [InlineData("tweeted", "“Proud of every one of you,” the coach tweeted.", "Proud of every one of you", "the coach", "the coach")]
    [InlineData("a name particle", "«Europe must act», said Ursula von der Berg.", "Europe must act", "Ursula von der Berg", null)]
    // organisations
    [InlineData("the Kremlin", "The Kremlin said there was no ground for its involvement.", "there was no ground for its involvement", "Kremlin", null)]
    [InlineData("a ministry", "\"The allegations are baseless,\" the Foreign Ministry said in a statement.", "The allegations are baseless", "Foreign Ministry", null)]
    [InlineData("lower-case ministry", "The health ministry said 14 people had died.", "14 people had died", "health ministry", null)]
    [InlineData("media reports", "Local media reports said that any decision would need approval.", "any decision would need approval", "Local media reports", null)]
    [InlineData("a document's author", "The official toll given out by the health ministry said 63 people had been killed.", "63 people had been killed", "health ministry", null)]
    [InlineData("a statement from", "A statement from the White House said the president had full confidence in him.", "the president had full confidence in him", "White House", null)]
    [InlineData("an agency named by an acronym and a word", "The governor has ordered officials to render immediate assistance, RIA Novosti reported.", "The governor has ordered officials to render immediate assistance", "RIA Novosti", "RIA Novosti")]
    [InlineData("a broadcaster named by an acronym and a word", "Three ferries were cancelled on Monday, NHK World reported.", "Three ferries were cancelled on Monday", "NHK World", null)]
    [InlineData("an acronym, then a role, then the name", "“The border stays open,” EU Commissioner Anna Berg said.", "The border stays open", "Anna Berg", null)]
    [InlineData("an acronym's possessive before a name", "“We were there first,” CNN's Anderson Cooper said.", "We were there first", "Anderson Cooper", null)]
    // anonymous sources
    [InlineData("indefinite description", "The army has begun withdrawing, a senior defence official said.", "The army has begun withdrawing", "a senior defence official", null)]
    [InlineData("plural description", "Witnesses said the gunmen arrived in two trucks.", "the gunmen arrived in two trucks", "Witnesses", null)]
    [InlineData("description with a phrase", "A spokesman for the ministry said the talks would resume.", "the talks would resume", "A spokesman for the ministry", null)]
    public void Finds_the_speaker(string style, string text, string quote, string speaker, string? mention)
    {
        var result = QuoteTesting.Read(text);
        var found = result.Quotes.FirstOrDefault(q => QuoteTesting.Text(text, q.Range) == quote);
        Assert.True(found is not null, $"{style}: no quote [{quote}] in {QuoteTesting.Dump(text, result)}");
        Assert.True(found!.Speaker == speaker, $"{style}: speaker '{found.Speaker}' in {QuoteTesting.Dump(text, result)}");
        if (mention is not null) Assert.Equal(mention, QuoteTesting.Text(text, found.SpeakerMention!.Value));
    }

    [Theory]
    [InlineData("was quoted as saying by", "“This is an internal conflict,” Kremlin spokesperson Natalia Timakova was quoted as saying by ITAR-TASS news agency on Saturday.", "This is an internal conflict", "Natalia Timakova", "ITAR-TASS news agency")]
    [InlineData("as quoted by", "\"These units have a strict mission,\" said the source as quoted by the Itar-Tass news agency.", "These units have a strict mission", "the source", "Itar-Tass news agency")]
    [InlineData("told an agency", "“We have nowhere else to go,” Fatima Diallo, a mother of four, told AFP.", "We have nowhere else to go", "Fatima Diallo", "AFP")]
    [InlineData("told a newspaper", "‘We’ll keep going,’ the foreman, Mick Rourke, told the Evening Post.", "We’ll keep going", "Mick Rourke", "Evening Post")]
    [InlineData("told The Associated Press", "\"We were lucky,\" Sgt. Maria Ramos told The Associated Press.", "We were lucky", "Maria Ramos", "Associated Press")]
    [InlineData("in an interview with", "\"I regret nothing,\" Peter Lang said in an interview with Der Spiegel.", "I regret nothing", "Peter Lang", "Der Spiegel")]
    [InlineData("on a platform", "In a post on Facebook, the mayor wrote: \"The city will rebuild.\"", "The city will rebuild.", "the mayor", "Facebook")]
    [InlineData("quoted by ... as saying", "A spokesman was quoted by RIA Novosti as saying that Moscow was concerned.", "Moscow was concerned", "A spokesman", "RIA Novosti")]
    [InlineData("an agency reporting a ministry", "The foreign ministry said that the talks had been constructive, the IRNA news agency reported.", "the talks had been constructive", "foreign ministry", "IRNA news agency")]
    [InlineData("a report by", "At least 30 people were killed, according to a report by the state broadcaster.", "At least 30 people were killed", "state broadcaster", null)]
    [InlineData("told Reuters, indirect", "The bank will hold rates, two sources familiar with the matter told Reuters.", "The bank will hold rates", "two sources familiar with the matter", "Reuters")]
    public void Keeps_the_medium_apart_from_the_speaker(string style, string text, string quote, string speaker, string? via)
    {
        var result = QuoteTesting.Read(text);
        var found = result.Quotes.FirstOrDefault(q => QuoteTesting.Text(text, q.Range) == quote);
        Assert.True(found is not null, $"{style}: no quote [{quote}] in {QuoteTesting.Dump(text, result)}");
        Assert.True(found!.Speaker == speaker && found.Via == via, $"{style}: {QuoteTesting.Dump(text, result)}");
        if (via is not null) Assert.Equal(SpeakerKind.Organisation, result.Speakers.Single(s => s.Name == via).Kind);
    }

    [Theory]
    // pronouns
    [InlineData("he after an indirect report", "Medvedev said Friday that Russia was ready to help. \"The Russian Federation will help,\" he said.", "The Russian Federation will help", "Medvedev")]
    [InlineData("she over an intervening man", "Prime Minister Anna Berg met opposition leader Lars Holm. \"We agreed on very little,\" she said.", "We agreed on very little", "Anna Berg")]
    [InlineData("he after a woman speaks", "Police Chief Dana Cole said officers had been deployed. Mayor Ben Ortiz praised them. \"They did an incredible job,\" he said.", "They did an incredible job", "Ben Ortiz")]
    [InlineData("she also said", "“The situation is out of control,” Ms. Otunbayeva said. She also said that food was running out.", "food was running out", "Otunbayeva")]
    [InlineData("they for an organisation", "The health ministry said 63 people had been killed. They said hospitals were overflowing.", "hospitals were overflowing", "health ministry")]
    [InlineData("it for an organisation", "The WHO warned that the outbreak could spread. It said more funding was needed.", "more funding was needed", "WHO")]
    [InlineData("she for a Ms.", "Ms. Priya Menon met Mr. Arun Das on Friday. \"We are hopeful,\" she said.", "We are hopeful", "Priya Menon")]
    // roles pointing back
    [InlineData("the interim leader", "Kyrgyz interim leader Roza Otunbayeva appealed for help. “We appealed to Russia,” the interim leader said.", "We appealed to Russia", "Roza Otunbayeva")]
    [InlineData("the role by its modifier", "Rosa Otunbayeva, the interim President, wrote to President Dmitry Medvedev. “We need outside forces,” the interim President said.", "We need outside forces", "Rosa Otunbayeva")]
    [InlineData("the nationality decides", "Ukrainian President Oleh Marchenko spoke with Polish President Jan Zielinski. The Polish president said the exercises would go ahead.", "the exercises would go ahead", "Jan Zielinski")]
    [InlineData("the spokesperson", "Kremlin spokesperson Natalia Timakova spoke on Saturday. The Kremlin spokesperson said Medvedev had consulted his allies.", "Medvedev had consulted his allies", "Natalia Timakova")]
    [InlineData("the president, lower case", "Russian President Dmitry Medvedev spoke in Tashkent. The crisis could end soon, the Russian president said.", "The crisis could end soon", "Dmitry Medvedev")]
    // anonymous sources pointing back
    [InlineData("the source", "The army will not intervene, a senior military official said. \"Our units have a strict mission,\" said the source.", "Our units have a strict mission", "a senior military official")]
    [InlineData("the official", "A senior U.S. official said the talks had made progress. The official said a second round was planned.", "a second round was planned", "A senior U.S. official")]
    [InlineData("one of a group", "Western diplomats said the resolution would fail. \"Nobody expects a vote,\" one diplomat said.", "Nobody expects a vote", "Western diplomats")]
    // organisations pointing back
    [InlineData("the company, named but silent before", "Shares in Northwind Energy fell after the company said profit would miss forecasts.", "profit would miss forecasts", "Northwind Energy")]
    [InlineData("the airline", "Fairline Airways said it would refund passengers. The airline added that it regretted the disruption.", "it regretted the disruption", "Fairline Airways")]
    [InlineData("one of the sources", "Rates will stay on hold, two sources told Reuters. \"There is no appetite for a hike,\" one of the sources said.", "There is no appetite for a hike", "two sources")]
    public void Resolves_a_reference_to_an_earlier_speaker(string rule, string text, string quote, string speaker)
    {
        var result = QuoteTesting.Read(text);
        var found = result.Quotes.FirstOrDefault(q => QuoteTesting.Text(text, q.Range) == quote);
        Assert.True(found is not null, $"{rule}: no quote [{quote}] in {QuoteTesting.Dump(text, result)}");
        var model = result.Speakers.SingleOrDefault(s => s.Name == found!.Speaker);
        Assert.True(model is not null && (model.Name == speaker || model.Name.EndsWith(" " + speaker, System.StringComparison.Ordinal)),
            $"{rule}: {QuoteTesting.Dump(text, result)}");
    }

    /// <summary>
    /// A direct and a reported quote can share one attribution ("…,” the ambassador added, adding that…):
    /// it names one person, so both quotes have that speaker, the ambassador mentioned last.
    /// </summary>
    [Fact]
    public void Quotes_that_share_an_attribution_share_its_speaker()
    {
        const string text = "Interim ambassador Mohammed Fischer arrived in the capital on Monday. Ambassador Lucia Smith met him at the airport.\n\n" +
            "\u201CI have written a letter to the governor,\u201D the ambassador added, adding that the election had to end.";
        var result = QuoteTesting.Read(text);

        Assert.Equal(2, result.Quotes.Count);
        Assert.All(result.Quotes, q => Assert.Equal("Lucia Smith", q.Speaker));
    }

    // A person's given name is the longest one the article writes, and later names are compared with
    // that one, not with the initial first written: "M. Jones" is Maria once Maria is written, so Mona
    // Jones is someone else (an initial alone would have let her in).
    [Fact]
    public void A_given_name_written_in_full_later_decides_who_else_shares_the_surname()
    {
        const string text = "Officials met M. Jones on Monday. Maria Jones has studied the region for years. " +
            "\u201CWe will wait,\u201D Mona Jones said.";
        var result = QuoteTesting.Read(text);

        var quote = Assert.Single(result.Quotes);
        Assert.Equal("Mona Jones", quote.Speaker);
    }

    [Fact]
    public void I_and_we_inside_a_quote_are_never_its_speaker()
    {
        const string text = "\"I told them we would not accept it,\" said Omar Haddad. \"We will take this to court.\"";
        var result = QuoteTesting.Read(text);
        Assert.Equal(2, result.Quotes.Count);
        Assert.All(result.Quotes, q => Assert.Equal("Omar Haddad", q.Speaker));
        Assert.Single(result.Speakers);
    }

    [Fact]
    public void Two_speakers_in_one_paragraph_stay_apart()
    {
        const string text = "\"The deal is dead,\" said union leader Carlos Ruiz. Company chief Linda Moss disagreed: \"We are still at the table.\" \"Nobody is leaving,\" Ruiz added.";
        var result = QuoteTesting.Read(text);
        var speakers = result.Quotes.Select(q => (QuoteTesting.Text(text, q.Range), q.Speaker ?? "-")).ToList();
        Assert.Equal(new[]
        {
            ("The deal is dead", "Carlos Ruiz"),
            ("We are still at the table.", "Linda Moss"),
            ("Nobody is leaving", "Carlos Ruiz"),
        }, speakers);
    }

    [Fact]
    public void A_fully_quoted_sentence_after_an_attributed_one_inherits_its_speaker()
    {
        const string text = "“We have waited ten years,” said Grace Mwangi, who chairs the residents' association.\n\n“Nobody believed us. Now they have to listen.”";
        var result = QuoteTesting.Read(text);
        Assert.Equal(2, result.Quotes.Count);
        Assert.All(result.Quotes, q => Assert.Equal("Grace Mwangi", q.Speaker));
        Assert.Null(result.Quotes[1].Continues);
    }

    [Fact]
    public void A_quote_after_a_sentence_that_introduces_it_takes_that_sentence_s_subject()
    {
        const string text = "Maria Lindqvist, whose farm was flooded twice, spoke slowly.\n\n“You plant, you wait, you hope.\n\n“I don't know if we can do this again.”";
        var quote = Assert.Single(QuoteTesting.Read(text).Quotes);
        Assert.Equal("Maria Lindqvist", quote.Speaker);
        Assert.Equal(2, quote.Parts.Count);
    }

    [Fact]
    public void Speakers_keep_every_form_and_role_the_article_gives_them()
    {
        const string text = "As the crisis grew, the interim President Rosa Otunbayeva wrote to Moscow.\n\n" +
                            "“We need help,” interim Kyrgyz head Ms. Otunbayeva was quoted as saying by ITAR-TASS.\n\n" +
                            "“Attempts to restore order have failed,” the interim President said.";
        var result = QuoteTesting.Read(text);
        var person = result.Speakers.Single(s => s.Kind == SpeakerKind.Person);
        Assert.Equal("Rosa Otunbayeva", person.Name);
        Assert.Contains("Ms. Otunbayeva", person.Aliases);
        Assert.Contains("the interim President", person.Aliases);
        Assert.Contains("interim President", person.Roles);
        Assert.Contains("interim Kyrgyz head", person.Roles);
        Assert.All(result.Quotes, q => Assert.Equal("Rosa Otunbayeva", q.Speaker));
    }
}
