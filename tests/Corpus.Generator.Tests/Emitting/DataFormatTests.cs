using System.Linq;
using Corpus.Generator.Emitting;
using Corpus.Runtime;

namespace Corpus.Generator.Tests.Emitting;

/// <summary>What the generator's DataWriter writes, the runtime's DataReader reads back exactly, and it is printable ASCII.</summary>
public class DataFormatTests
{
    private static readonly int[] Numbers = { 0, 1, 31, 32, 1023, 1024, 32767, 32768, 1 << 20, int.MaxValue };
    private static readonly int[] Differences = { 0, -1, 1, -16, 16, -100000, 100000, int.MinValue + 1, int.MaxValue };

    [Fact]
    public void NumbersRoundTrip()
    {
        var writer = new DataWriter();
        foreach (var n in Numbers) writer.Int(n).Optional(n - 1);
        foreach (var d in Differences) writer.Signed(d).OptionalSigned(d).OptionalSigned(null);
        writer.UInt(uint.MaxValue);

        var reader = Reader(writer);
        foreach (var n in Numbers)
        {
            Assert.Equal(n, reader.ReadInt());
            Assert.Equal(n - 1, reader.ReadOptional());
        }
        foreach (var d in Differences)
        {
            Assert.Equal(d, reader.ReadSigned());
            Assert.Equal(d, reader.ReadOptionalSigned());
            Assert.Null(reader.ReadOptionalSigned());
        }
        Assert.Equal(uint.MaxValue, reader.ReadUInt());
    }

    [Fact]
    public void EveryUtf16CodeUnitRoundTripsIncludingLoneSurrogates()
    {
        var every = new string(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).ToArray());
        var strings = new[] { every, "", "~", "\"\\", "Roza Otunbayeva", "\uD800", "a\uDC00b", "\u2028\u0085\r\n" };
        var writer = new DataWriter();
        foreach (var s in strings) writer.String(s);
        writer.String(null).Decimal(2000m).Decimal(-0.0050m).Decimal((decimal?)null).Decimal(decimal.MaxValue);

        var reader = Reader(writer);
        foreach (var s in strings) Assert.Equal(s, reader.ReadString());
        Assert.Null(reader.ReadNullableString());
        Assert.Equal(2000m, reader.ReadDecimal());
        var scaled = reader.ReadDecimal();
        Assert.Equal(-0.0050m, scaled);
        Assert.Equal("-0.0050", scaled.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null(reader.ReadNullableDecimal());
        Assert.Equal(decimal.MaxValue, reader.ReadDecimal());
    }

    [Fact]
    public void DataIsPrintableAsciiWhateverTheText()
    {
        var text = new string(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).ToArray());
        var data = new DataWriter().String(text).Int(int.MaxValue).ToString();
        Assert.All(data, c => Assert.InRange(c, ' ', '~'));
    }

    [Fact]
    public void SkippingAStringLandsWhereReadingItDoes()
    {
        var writer = new DataWriter().String("a~b\u00E9\uD800").Int(7);
        var reader = Reader(writer);
        reader.SkipString();
        Assert.Equal(7, reader.ReadInt());
    }

    /// <summary>The runtime finds an article's path in the data by comparing in place, as string.CompareOrdinal would.</summary>
    [Fact]
    public void StringsCompareInPlaceAsOrdinalComparisonDoes()
    {
        var values = new[] { "", "a", "ab", "abc", "b", "news/a.md", "news/a.txt", "news/ä.txt", "news/\u00E4b", "Z", "~", "\uD83D\uDE00", "\uFFFF" };
        foreach (var stored in values)
        {
            foreach (var asked in values)
            {
                var reader = Reader(new DataWriter().String(stored));
                Assert.Equal(System.Math.Sign(string.CompareOrdinal(stored, asked)), reader.CompareString(asked));
            }
            Assert.Equal(-1, Reader(new DataWriter().String(null)).CompareString(stored));
        }
    }

    private static DataReader Reader(DataWriter writer) => new(writer.ToString(), 0);
}
