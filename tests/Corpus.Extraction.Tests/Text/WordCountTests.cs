namespace Corpus.Extraction.Tests.Text;

public class WordCountTests
{
    [Theory]
    [InlineData("Troops were sent.", 3)]
    [InlineData("The post-Soviet military bloc.", 4)]
    [InlineData("The country’s south and Russia's base.", 6)]
    [InlineData("A Russian Il-76 airliner.", 4)]
    [InlineData("Growth of 2.5 per cent.", 5)]
    [InlineData("Some 1,000 people and 838 wounded.", 6)]
    [InlineData("The U.S. and U.K. agreed.", 5)]
    [InlineData("The block -- Kyrgyzstan and Russia — agreed.", 6)]
    [InlineData("Rock 'n' roll.", 3)]
    [InlineData("Naïve café owners.", 3)]
    [InlineData("Cafe\u0301 owners.", 2)]
    [InlineData("Write to press@example.org now.", 4)]
    [InlineData("AT&T and R&D.", 3)]
    [InlineData("“Quoted,” he said.", 3)]
    [InlineData("Emoji 😀 are not words; 𝐁𝐨𝐥𝐝 letters are.", 7)]
    [InlineData("— … ! ?", 0)]
    [InlineData("Trailing hyphen- and 'quotes'.", 4)]
    public void Words_are_runs_of_letters_and_digits_joined_by_hyphens_apostrophes_and_points(string text, int expected)
    {
        Assert.Equal(expected, Extract.Model(text).WordCount);
    }

    // ASCII words are read in a tight loop that stops where the cancellation check falls (every 4,096
    // characters): the count must not depend on where it stops. That it stops there is CancellationTests'.
    [Theory]
    [InlineData(4094)]
    [InlineData(4095)]
    [InlineData(4096)]
    [InlineData(9000)]
    public void A_long_word_across_a_cancellation_check_is_one_word(int length)
    {
        var text = new string('x', length) + " then 2,500 more-words " + new string('y', length) + "\u0301z.";
        Assert.Equal(5, Extract.Model(text).WordCount);
    }

    [Fact]
    public void Front_matter_and_furniture_are_not_counted()
    {
        Assert.Equal(2, Extract.Model("---\ntitle: Five words in this title\n---\nTroops left.\n\nShare this article\n\nMore In: International | News").WordCount);
    }
}
