using Corpus.Extraction.Model;

namespace Corpus.Generator.Emitting;

/// <summary>The runtime library's names for the engine's enums: the two are separate types in separate assemblies.</summary>
internal static class RuntimeNames
{
    public static string Of(FigureKind kind) => kind.ToString();
}
