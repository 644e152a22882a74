using System.Linq;
using Corpus.Extraction.Figures;

namespace Corpus.Extraction.Tests.Figures;

/// <summary>Worded and written numbers on their own: each input must read as exactly one figure of this value.</summary>
public sealed class NumberWordTests
{
    [Theory]
    [InlineData("zero", "0")]
    [InlineData("three", "3")]
    [InlineData("sixteen", "16")]
    [InlineData("twenty-six", "26")]
    [InlineData("fifty - two", "52")]
    [InlineData("fifty   two", "52")]
    [InlineData("one hundred and sixty-one", "161")]
    [InlineData("Three hundred  and  thirty one", "331")]
    [InlineData("a hundred and twelve", "112")]
    [InlineData("two hundred and two thousand", "202000")]
    [InlineData("two thousand and two hundred", "2200")]
    [InlineData("twenty-one trillion three hundred", "21000000000300")]
    [InlineData("one million two thousand two hundred three", "1002203")]
    [InlineData("322 hundred", "32200")]
    [InlineData("4 thousand 3 hundred and 21", "4321")]
    [InlineData("three lakh crore", "3000000000000")]
    [InlineData("a dozen", "12")]
    [InlineData("half a dozen", "6")]
    [InlineData("three dozens", "36")]
    [InlineData("two hundred point zero three", "200.03")]
    [InlineData("nought point eleven", "0.11")]
    [InlineData("minus five point five", "-5.5")]
    [InlineData("one and a half", "1.5")]
    [InlineData("twenty and three fifths", "20.6")]
    [InlineData("one hundred and three quarters", "100.75")]
    [InlineData("one hundred and thirty fifths", "26")]
    [InlineData("one hundred thirty-fifths", "2.857143")]
    [InlineData("twenty twenty fifths", "0.8")]
    [InlineData("ninety - five hundred fifths", "1900")]
    [InlineData("a hundred thousand trillionths", "0.0000001")]
    [InlineData("five and a half million", "5500000")]
    [InlineData("one billion and a half million", "1000500000")]
    [InlineData("two thirds of a million", "666666.666667")]
    [InlineData("a quarter million", "250000")]
    [InlineData("one over three", "0.333333")]
    [InlineData("two out of five hundred", "0.004")]
    [InlineData("1 in twenty-one", "0.047619")]
    [InlineData("1,234,567", "1234567")]
    [InlineData("12,34,567.89", "1234567.89")]
    [InlineData("1.111,11", "1111.11")]
    [InlineData("40 000", "40000")]
    [InlineData(".08", "0.08")]
    [InlineData("4.800", "4.8")]
    [InlineData("1,3", "1.3")]
    [InlineData("-4/5", "-0.8")]
    [InlineData("2  1/4", "2.25")]
    [InlineData("2½", "2.5")]
    [InlineData("1e10", "10000000000")]
    [InlineData("-1.1^--23", "-8.954302")]
    [InlineData("1.3x10^6", "1300000")]
    [InlineData("10k", "10000")]
    [InlineData("2.33 k", "2330")]
    [InlineData("1.2b", "1200000000")]
    [InlineData("2mil", "2000000")]
    [InlineData("13 lakh", "1300000")]
    [InlineData("either 10 bln", "10000000000")]
    public void Reads_the_value(string text, string value)
    {
        var figure = Assert.Single(FigureReader.ReadSentence(text));
        Assert.Equal(value, decimal.Round(figure.Value, value.Length > 8 && value.StartsWith("0.", System.StringComparison.Ordinal) ? 12 : 6)
            .ToString("0.############", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("twenty-first", "21")]
    [InlineData("one hundred twenty fifth", "125")]
    [InlineData("twenty-one trillion and three hundred twenty second", "21000000000322")]
    [InlineData("two hundredth", "200")]
    [InlineData("the 21st", "21")]
    [InlineData("the eleventh", "11")]
    public void Reads_a_rank(string text, string value)
    {
        var figure = Assert.Single(FigureReader.ReadSentence(text));
        Assert.Equal(Corpus.Extraction.Model.FigureKind.Ordinal, figure.Kind);
        Assert.Equal(value, figure.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("3 hundred and 2 hundred are two valid numbers.", "300", "200", "2")]
    [InlineData("4000 3 hundred and 21 are two valid numbers.", "4000", "321", "2")]
    [InlineData("they were playing three-nought-four", "3", "0", "4")]
    [InlineData("1, 234, 567", "1", "234", "567")]
    [InlineData("Do exercises 22,24,26,31.", "22", "24", "26", "31")]
    [InlineData("He raised $5 million 3 years ago.", "5000000", "3")]
    public void Splits_separate_numbers(string text, params string[] values) =>
        Assert.Equal(values, FigureReader.ReadSentence(text).Select(f => f.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());

    [Theory]
    [InlineData("a")]
    [InlineData("an")]
    [InlineData("hundred")]
    [InlineData("the dozen")]
    [InlineData("I was a current student last semester")]
    public void Reads_no_number(string text) =>
        Assert.Empty(FigureReader.ReadSentence(text));
}
