using Corpus.Extraction.Text;

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

    // Letters of several scripts, digits, every joiner, spaces, punctuation, combining marks, surrogate
    // pairs (a letter and an emoji) and a lone surrogate: the tight loops must count as the plain rule.
    private static readonly string[] Pieces =
    {
        "a", "Z", "7", "0", "-", "'", ".", "@", "&", "_", ",", " ", "\n", "!", "\"", "(", "\u2010", "\u2011", "\u2019",
        "é", "ж", "\u0301", "\u20DD", "\U0001D400", "\U0001F600", "\uD800", "\u00A0", "\u2014", "1,000", "post-Soviet",
    };

    [Fact]
    public void Counts_as_the_plain_rule_character_by_character()
    {
        var random = new System.Random(20101);
        for (var round = 0; round < 3000; round++)
        {
            var builder = new System.Text.StringBuilder();
            var length = random.Next(0, 40);
            for (var k = 0; k < length; k++) builder.Append(Pieces[random.Next(Pieces.Length)]);
            var text = builder.ToString();
            var start = random.Next(0, text.Length + 1);
            var end = random.Next(start, text.Length + 1);
            var range = Corpus.Extraction.Model.TextRange.FromBounds(start, end);

            Assert.True(PlainCount(text, range) == WordCounter.Count(text, range, default), $"'{text}' [{start}, {end})");
        }
    }

    [Fact]
    public void Counts_as_the_plain_rule_across_cancellation_checks()
    {
        var random = new System.Random(4096);
        var builder = new System.Text.StringBuilder();
        while (builder.Length < 20_000) builder.Append(Pieces[random.Next(Pieces.Length)]).Append(random.Next(3) == 0 ? " " : "");
        var text = builder.ToString();
        foreach (var start in new[] { 0, 1, 4095, 4096, 4097, 8191 })
        {
            var range = Corpus.Extraction.Model.TextRange.FromBounds(start, text.Length);
            Assert.Equal(PlainCount(text, range), WordCounter.Count(text, range, default));
        }
    }

    // The rule of the type's summary, one character at a time.
    private static int PlainCount(string text, Corpus.Extraction.Model.TextRange range)
    {
        static bool IsWordChar(string text, int index) => char.IsLetterOrDigit(text, index);
        static bool IsMark(char c) => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark;
        static bool Joins(string text, int index) => text[index] switch
        {
            '-' or '\u2010' or '\u2011' or '\'' or '\u2019' or '.' or '@' or '&' or '_' => true,
            ',' => char.IsDigit(text[index - 1]) && char.IsDigit(text[index + 1]),
            _ => false,
        };

        var count = 0;
        var inWord = false;
        for (var i = range.Start; i < range.End; i++)
        {
            if (IsWordChar(text, i))
            {
                if (!inWord) count++;
                inWord = true;
                if (char.IsHighSurrogate(text[i]) && i + 1 < range.End && char.IsLowSurrogate(text[i + 1])) i++;
            }
            else if (!(inWord && (IsMark(text[i]) || (i + 1 < range.End && Joins(text, i) && IsWordChar(text, i + 1)))))
            {
                inWord = false;
            }
        }
        return count;
    }
}
