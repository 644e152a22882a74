using System;
using System.Collections.Generic;

namespace Corpus.Synthesis;

/// <summary>
/// SplitMix64: tiny, fast, and fully specified here, so the same seed gives the same articles on every
/// runtime and version (System.Random makes no such promise across frameworks).
/// </summary>
internal sealed class SynthesisRandom
{
    private ulong _state;

    public SynthesisRandom(int seed, int index)
    {
        // Each article gets its own stream, so article 17 is the same whether or not 0..16 were written.
        _state = unchecked(((ulong)(uint)seed << 32) ^ (uint)index ^ 0x9E3779B97F4A7C15UL);
        NextUInt64();
    }

    public ulong NextUInt64()
    {
        unchecked
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>A number in [0, max).</summary>
    public int Next(int max) => max <= 0 ? 0 : (int)(NextUInt64() % (ulong)max);

    /// <summary>A number in [min, max].</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Picks a different item than <paramref name="not"/> when the list allows it.</summary>
    public T PickOther<T>(IReadOnlyList<T> items, T not)
        where T : notnull
    {
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var item = Pick(items);
            if (!EqualityComparer<T>.Default.Equals(item, not)) return item;
        }
        return Pick(items);
    }

    public string Hex(int digits)
    {
        var chars = new char[digits];
        var bits = NextUInt64();
        for (var i = 0; i < digits; i++)
        {
            if (i % 16 == 0 && i > 0) bits = NextUInt64();
            chars[i] = "0123456789abcdef"[(int)(bits & 0xF)];
            bits >>= 4;
        }
        return new string(chars);
    }

    public static int Clamp(int value, int min, int max) => Math.Max(min, Math.Min(max, value));
}
