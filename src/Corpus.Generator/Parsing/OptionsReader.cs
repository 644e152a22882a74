using Corpus.Extraction.Model;
using Corpus.Generator.Model;
using Corpus.Generator.Naming;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generator.Parsing;

/// <summary>Project-wide settings: the namespace (<c>CorpusNamespace</c>, else <c>RootNamespace</c>) and what the consumer's C# offers.</summary>
internal static class OptionsReader
{
    public static CorpusOptions Read(AnalyzerConfigOptions globalOptions, ParseOptions parseOptions, bool hasReadOnlySpan)
    {
        var requested = Get(globalOptions, "CorpusNamespace") ?? Get(globalOptions, "RootNamespace");
        var version = parseOptions is CSharpParseOptions csharp ? csharp.LanguageVersion : LanguageVersion.Default;
        return new CorpusOptions(
            Identifier.ToNamespace(requested),
            Nullable: version >= LanguageVersion.CSharp8,
            Utf8Literals: version >= LanguageVersion.CSharp11 && hasReadOnlySpan,
            EquatableArray<DiagnosticInfo>.Empty);
    }

    /// <summary>Whether the compilation can hold a <c>u8</c> literal (netstandard2.0 has no <c>ReadOnlySpan</c> without System.Memory).</summary>
    public static bool HasReadOnlySpan(Compilation compilation) =>
        compilation.GetTypeByMetadataName("System.ReadOnlySpan`1") is not null;

    private static string? Get(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
