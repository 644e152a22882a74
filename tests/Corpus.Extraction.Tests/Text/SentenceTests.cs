namespace Corpus.Extraction.Tests.Text;

/// <summary>Sentence boundaries inside one paragraph, one rule per row.</summary>
public class SentenceTests
{
    private static void AssertSentences(string paragraph, params string[] expected)
    {
        var model = Extract.Model(paragraph);
        Invariants.Check(paragraph, model);
        Assert.Single(model.Paragraphs);
        Assert.Equal(expected, Extract.Sentences(paragraph, model));
    }

    [Theory]
    [InlineData("The vote was close. Turnout was low! Was it fair? Nobody knows.",
        new[] { "The vote was close.", "Turnout was low!", "Was it fair?", "Nobody knows." })]
    [InlineData("Really?! Yes!!! Fine.", new[] { "Really?!", "Yes!!!", "Fine." })]
    [InlineData("Casualties rose to 63. 838 were wounded.", new[] { "Casualties rose to 63.", "838 were wounded." })]
    [InlineData("The last sentence has no period", new[] { "The last sentence has no period" })]
    [InlineData("He said so.Then he left.", new[] { "He said so.Then he left." })]
    [InlineData("Он сказал это. Это всё.", new[] { "Он сказал это.", "Это всё." })]
    [InlineData("Talks stalled. ¿Qué pasa? Nobody said.", new[] { "Talks stalled.", "¿Qué pasa?", "Nobody said." })]
    public void Terminal_marks_end_sentences_before_a_capital_a_digit_or_the_end(string paragraph, string[] expected) =>
        AssertSentences(paragraph, expected);

    [Theory]
    [InlineData("Ms. Timakova said Mr. Medvedev would call. He did.", new[] { "Ms. Timakova said Mr. Medvedev would call.", "He did." })]
    [InlineData("Dr. Ames met Prof. Brandt and Mrs. Cole. They talked.", new[] { "Dr. Ames met Prof. Brandt and Mrs. Cole.", "They talked." })]
    [InlineData("Gen. Petraeus, Col. Brown, Lt. Green, Sgt. White and Capt. Black agreed. It was rare.",
        new[] { "Gen. Petraeus, Col. Brown, Lt. Green, Sgt. White and Capt. Black agreed.", "It was rare." })]
    [InlineData("Gov. Perry, Sen. Reid and Rep. Pelosi spoke. The crowd cheered.",
        new[] { "Gov. Perry, Sen. Reid and Rep. Pelosi spoke.", "The crowd cheered." })]
    [InlineData("He flew to St. Petersburg on Monday. It rained.", new[] { "He flew to St. Petersburg on Monday.", "It rained." })]
    [InlineData("Martin Luther King Jr. was born in Atlanta. Frank Sinatra Sr. lived in Hoboken.",
        new[] { "Martin Luther King Jr. was born in Atlanta.", "Frank Sinatra Sr. lived in Hoboken." })]
    [InlineData("Mt. Everest is high. It is cold.", new[] { "Mt. Everest is high.", "It is cold." })]
    [InlineData("\"We had a week,\" said Cllr. Anne Morris. She voted no.", new[] { "\"We had a week,\" said Cllr. Anne Morris.", "She voted no." })]
    [InlineData("Roe vs. Wade was decided in 1973. It stands.", new[] { "Roe vs. Wade was decided in 1973.", "It stands." })]
    [InlineData("Brown v. Board of Education changed schools. Segregation ended.",
        new[] { "Brown v. Board of Education changed schools.", "Segregation ended." })]
    public void Titles_and_name_parts_do_not_end_sentences(string paragraph, string[] expected) =>
        AssertSentences(paragraph, expected);

    [Theory]
    [InlineData("Shares of Acme Corp. rose, as did Widget Ltd. and Smith & Co. stock. Bonds fell.",
        new[] { "Shares of Acme Corp. rose, as did Widget Ltd. and Smith & Co. stock.", "Bonds fell." })]
    [InlineData("Apple Inc. said profits rose. Shares fell.", new[] { "Apple Inc. said profits rose.", "Shares fell." })]
    [InlineData("The fund sold its stake in Apple Inc. The deal closed on Monday.",
        new[] { "The fund sold its stake in Apple Inc.", "The deal closed on Monday." })]
    [InlineData("Bring pens, paper, etc. and a ruler. Nothing else.", new[] { "Bring pens, paper, etc. and a ruler.", "Nothing else." })]
    [InlineData("They brought pens, paper, etc. The rest was supplied.", new[] { "They brought pens, paper, etc.", "The rest was supplied." })]
    [InlineData("The study by Smith et al. in 2009 was cited. It held up.", new[] { "The study by Smith et al. in 2009 was cited.", "It held up." })]
    public void Company_suffixes_and_etc_end_a_sentence_only_before_a_sentence_opening_word(string paragraph, string[] expected) =>
        AssertSentences(paragraph, expected);

    [Theory]
    [InlineData("The U.S. Army and U.K. officials met at the U.N. Security Council and the E.U. mission. Nothing changed.",
        new[] { "The U.S. Army and U.K. officials met at the U.N. Security Council and the E.U. mission.", "Nothing changed." })]
    [InlineData("U.S. President Barack Obama spoke. He was brief.", new[] { "U.S. President Barack Obama spoke.", "He was brief." })]
    [InlineData("Troops left the U.S. They arrived in Kabul.", new[] { "Troops left the U.S.", "They arrived in Kabul." })]
    [InlineData("The meeting began at 9 a.m. and ended at 5 p.m. Monday. Nobody left early.",
        new[] { "The meeting began at 9 a.m. and ended at 5 p.m. Monday.", "Nobody left early." })]
    [InlineData("The meeting ended at 5 p.m. The next day was quiet.", new[] { "The meeting ended at 5 p.m.", "The next day was quiet." })]
    [InlineData("Fruit, e.g. apples, sells well. Prices rose.", new[] { "Fruit, e.g. apples, sells well.", "Prices rose." })]
    public void Dotted_initialisms_end_a_sentence_only_before_a_sentence_opening_word(string paragraph, string[] expected) =>
        AssertSentences(paragraph, expected);

    [Theory]
    [InlineData("John F. Kennedy was shot in Dallas. Lyndon B. Johnson took the oath.",
        new[] { "John F. Kennedy was shot in Dallas.", "Lyndon B. Johnson took the oath." })]
    [InlineData("The novels of J.R.R. Tolkien sold well. Films followed.", new[] { "The novels of J.R.R. Tolkien sold well.", "Films followed." })]
    [InlineData("She took vitamin C. The doctor approved.", new[] { "She took vitamin C.", "The doctor approved." })]
    public void Initials_do_not_end_sentences(string paragraph, string[] expected) =>
        AssertSentences(paragraph, expected);

    [Theory]
    [InlineData("The talks began on Jan. 5 and ended Feb. 12. Nobody signed.", new[] { "The talks began on Jan. 5 and ended Feb. 12.", "Nobody signed." })]
    [InlineData("The policy (announced Sept. 30) takes effect. It is new.", new[] { "The policy (announced Sept. 30) takes effect.", "It is new." })]
    [InlineData("He was ranked No. 5 in the world. She was No. 1.", new[] { "He was ranked No. 5 in the world.", "She was No. 1." })]
    [InlineData("See Vol. 2 and Art. 12 of the treaty. Both apply.", new[] { "See Vol. 2 and Art. 12 of the treaty.", "Both apply." })]
    [InlineData("The fine was Rs. 500 in all. He paid.", new[] { "The fine was Rs. 500 in all.", "He paid." })]
    [InlineData("Growth slowed to 2.5 per cent. Inflation rose to 3.75 per cent.", new[] { "Growth slowed to 2.5 per cent.", "Inflation rose to 3.75 per cent." })]
    [InlineData("Prices rose 5.5%. Wages fell.", new[] { "Prices rose 5.5%.", "Wages fell." })]
    [InlineData("He stood 6 ft. 2 in. tall. Nobody was taller.", new[] { "He stood 6 ft. 2 in. tall.", "Nobody was taller." })]
    [InlineData("The house was built ca. 1900. It burned.", new[] { "The house was built ca. 1900.", "It burned." })]
    [InlineData("The attack came in 2010. 63 people died.", new[] { "The attack came in 2010.", "63 people died." })]
    public void Dates_numbers_and_decimals(string paragraph, string[] expected) =>
        AssertSentences(paragraph, expected);

    [Theory]
    [InlineData("Visit www.example.com or write to press@example.org for details. Nothing else.",
        new[] { "Visit www.example.com or write to press@example.org for details.", "Nothing else." })]
    [InlineData("The report is at https://example.com/a.b/c.html today. Read it.",
        new[] { "The report is at https://example.com/a.b/c.html today.", "Read it." })]
    [InlineData("Details are on example.com. The site is new.", new[] { "Details are on example.com.", "The site is new." })]
    public void Urls_and_email_addresses(string paragraph, string[] expected) =>
        AssertSentences(paragraph, expected);

    [Theory]
    [InlineData("Wait for it... the results are in. Then nothing.", new[] { "Wait for it... the results are in.", "Then nothing." })]
    [InlineData("He hesitated … Then he spoke.", new[] { "He hesitated …", "Then he spoke." })]
    [InlineData("“We will not send troops … Russia is not involved,” he said. Talks went on.",
        new[] { "“We will not send troops … Russia is not involved,” he said.", "Talks went on." })]
    [InlineData("The list went on... Moscow, Minsk, Astana. It ended.", new[] { "The list went on... Moscow, Minsk, Astana.", "It ended." })]
    public void Ellipses_end_a_sentence_only_before_a_sentence_opening_word(string paragraph, string[] expected) =>
        AssertSentences(paragraph, expected);

    [Theory]
    [InlineData("“This is an internal conflict and Russia sees no ground for resolving it,” Kremlin spokesperson Natalia Timakova said. Nobody argued.",
        new[] { "“This is an internal conflict and Russia sees no ground for resolving it,” Kremlin spokesperson Natalia Timakova said.", "Nobody argued." })]
    [InlineData("\"These units will not be used for other purposes,\" said the source. Others agreed.",
        new[] { "\"These units will not be used for other purposes,\" said the source.", "Others agreed." })]
    [InlineData("\"We are ready.\" The minister left.", new[] { "\"We are ready.\"", "The minister left." })]
    [InlineData("He said: “Go home.” Then he left.", new[] { "He said: “Go home.”", "Then he left." })]
    [InlineData("They had “other duties to perform”. The talks ended.", new[] { "They had “other duties to perform”.", "The talks ended." })]
    [InlineData("“Why now?” Otunbayeva asked. Nobody answered.", new[] { "“Why now?” Otunbayeva asked.", "Nobody answered." })]
    [InlineData("“Why now?” asked Otunbayeva. Nobody answered.", new[] { "“Why now?” asked Otunbayeva.", "Nobody answered." })]
    [InlineData("“Why now?” He did not answer.", new[] { "“Why now?”", "He did not answer." })]
    [InlineData("'Enough!' Ms. Otunbayeva shouted at them. It worked.", new[] { "'Enough!' Ms. Otunbayeva shouted at them.", "It worked." })]
    [InlineData("(The figures were revised.) Officials said so.", new[] { "(The figures were revised.)", "Officials said so." })]
    [InlineData("\"Is this the best we can do?\" asked Sen. Rand Paul, R-Ky. \"No. But it is what we have.\"",
        new[] { "\"Is this the best we can do?\" asked Sen. Rand Paul, R-Ky.", "\"No.", "But it is what we have.\"" })]
    [InlineData("Troops arrived. “We are here,” one said.", new[] { "Troops arrived.", "“We are here,” one said." })]
    [InlineData("Troops arrived. (Officials confirmed it.)", new[] { "Troops arrived.", "(Officials confirmed it.)" })]
    public void Quotes_and_brackets_at_sentence_ends(string paragraph, string[] expected) =>
        AssertSentences(paragraph, expected);

    [Fact]
    public void A_sentence_wrapped_over_lines_keeps_the_break_inside_and_no_whitespace_outside()
    {
        // Blank lines delimit paragraphs here, so single line breaks are soft wraps.
        var text = "The first sentence is wrapped\nover two lines.   The second\nends here.\n\nAnother paragraph follows it.";

        Assert.Equal(
            new[] { "The first sentence is wrapped\nover two lines.", "The second\nends here.", "Another paragraph follows it." },
            Extract.Sentences(text));
    }

    [Fact]
    public void Sentences_record_their_paragraph()
    {
        var text = "One. Two.\n\nThree.\n\nFour. Five. Six.";
        var model = Extract.Model(text);

        Invariants.Check(text, model);
        Assert.Equal(new[] { 0, 0, 1, 2, 2, 2 }, System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(model.Sentences, s => s.Paragraph)));
    }
}
