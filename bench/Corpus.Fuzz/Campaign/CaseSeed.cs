namespace Corpus.Fuzz.Campaign;

/// <summary>
/// Each case draws from its own <see cref="System.Random"/>, seeded from the campaign seed and the case's
/// index, so any one case is reproduced alone (<c>--case N</c>) whatever ran before it or on which thread.
/// </summary>
public static class CaseSeed
{
    public static int Of(int campaignSeed, long index)
    {
        // SplitMix64 finalizer: neighbouring indices get unrelated seeds.
        var z = unchecked(((ulong)(uint)campaignSeed << 40) ^ (ulong)index) + 0x9E3779B97F4A7C15UL;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return unchecked((int)z);
    }
}
