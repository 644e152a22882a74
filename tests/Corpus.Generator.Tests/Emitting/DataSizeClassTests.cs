using System.Linq;
using Corpus.Generator.Emitting;

namespace Corpus.Generator.Tests.Emitting;

/// <summary>
/// Blocks of <c>u8</c> data are padded to one of a few sizes, because the runtime loads a type for every
/// distinct size on first access; the padding stays small.
/// </summary>
public class DataSizeClassTests
{
    [Theory]
    [InlineData(0, 64)]
    [InlineData(1, 64)]
    [InlineData(64, 64)]
    [InlineData(65, 68)]
    [InlineData(128, 128)]
    [InlineData(129, 136)]
    [InlineData(4096, 4096)]
    [InlineData(4097, 4352)]
    [InlineData(80000, 81920)]
    public void SizesRoundUpToOneOfSixteenPerDoubling(int length, int size) =>
        Assert.Equal(size, DataLiteral.SizeClass(length));

    [Fact]
    public void EveryBlockFitsAndGrowsByAtMostOneSixteenth()
    {
        foreach (var length in Enumerable.Range(1, 300_000))
        {
            var size = DataLiteral.SizeClass(length);
            Assert.True(size >= length, $"{length} → {size}");
            Assert.True(length <= 64 || size - length <= length / 16, $"{length} → {size}");
        }
    }

    [Fact]
    public void ThereAreSixteenSizesPerDoubling()
    {
        var sizes = Enumerable.Range(65_537, 65_536).Select(DataLiteral.SizeClass).Distinct().Count();
        Assert.Equal(16, sizes);
    }
}
