using System.Runtime.CompilerServices;

namespace Corpus.Shared;

/// <summary>
/// For a method of the shared code that runs per character: compiled fully optimized on its first call,
/// instead of starting unoptimized and instrumented and being compiled again once hot. The engine's own
/// methods need no mark (src/Corpus.OptimizeNow marks every one of them after csc); this one is for the
/// runtime library's copy of the shared code.
/// </summary>
internal static class HotPath
{
    // MethodImplOptions.AggressiveOptimization, which netstandard2.0 does not name; .NET Core 3.0 and later honour it.
    public const MethodImplOptions OptimizeNow = (MethodImplOptions)512;
}
