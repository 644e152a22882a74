using System.Runtime.CompilerServices;

namespace Corpus.Shared;

/// <summary>
/// For the few methods that dominate the engine's profile: compiled fully optimized on their first call,
/// instead of starting unoptimized and instrumented and being compiled again once hot. csc often runs the
/// generator in a fresh process, where that tiering took a third to a half of the engine's first pass;
/// marking these made the first pass over 2,000 articles 12-14 % faster and left warm passes unchanged
/// (docs/benchmarks.md). Only methods that run per token or per sentence belong here.
/// </summary>
internal static class HotPath
{
    // MethodImplOptions.AggressiveOptimization, which netstandard2.0 does not name; .NET Core 3.0 and later honour it.
    public const MethodImplOptions OptimizeNow = (MethodImplOptions)512;
}
