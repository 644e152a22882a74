using System.Runtime.CompilerServices;

namespace Corpus.Shared;

/// <summary>
/// The FNV-1a hash, one step at a time: stable on every machine and run (unlike string.GetHashCode),
/// cheap, and good enough to spread keys. Callers choose what they feed it (bytes, chars, folded chars).
/// </summary>
internal static class Fnv1a
{
    public const uint Basis = 2166136261u;
    public const uint Prime = 16777619u;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Step(uint hash, uint value) => unchecked((hash ^ value) * Prime);
}
