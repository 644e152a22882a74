using Corpus.Extraction.Model;
using Corpus.Generator.Model;
using Corpus.Generator.Naming;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generator.Parsing;

/// <summary>Project-wide settings: the namespace (<c>CorpusNamespace</c>, else <c>RootNamespace</c>) and the C# version.</summary>
internal static class OptionsReader
{
    public static CorpusOptions Read(AnalyzerConfigOptions globalOptions, ParseOptions parseOptions)
    {
        var requested = Get(globalOptions, "CorpusNamespace") ?? Get(globalOptions, "RootNamespace");
        var nullable = parseOptions is CSharpParseOptions csharp && csharp.LanguageVersion >= LanguageVersion.CSharp8;
        return new CorpusOptions(Identifier.ToNamespace(requested), nullable, EquatableArray<DiagnosticInfo>.Empty);
    }

    private static string? Get(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
