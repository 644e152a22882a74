namespace Corpus.Generator.Naming;

/// <summary>
/// How many files or classes hold a number of items: a power of two, so that a hash's low bits pick one
/// and a count that doubles splits each in two.
/// </summary>
internal static class PowersOfTwo
{
    /// <summary>The smallest power of two (at least 1) that holds <paramref name="items"/> at <paramref name="each"/> apiece.</summary>
    public static int Covering(int items, int each)
    {
        var count = 1;
        while ((long)count * each < items) count *= 2;
        return count;
    }
}
