using System;
using System.Collections.Generic;
using Corpus.Extraction.Model;
using Corpus.Generator.Diagnostics;
using Corpus.Generator.Model;
using Corpus.Generator.Naming;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generator.Parsing;

/// <summary>
/// Project-wide settings: the namespace (<c>CorpusNamespace</c>, else <c>RootNamespace</c>), which
/// items get named members (<c>CorpusNamedQuotes</c>, <c>CorpusNamedFigures</c>, <c>CorpusNamedPeople</c>) and what the consumer's C# offers.
/// </summary>
internal static class OptionsReader
{
    public static CorpusOptions Read(AnalyzerConfigOptions globalOptions, ParseOptions parseOptions)
    {
        var requested = Get(globalOptions, "CorpusNamespace") ?? Get(globalOptions, "RootNamespace");
        var version = parseOptions is CSharpParseOptions csharp ? csharp.LanguageVersion : LanguageVersion.Default;
        var diagnostics = new List<DiagnosticInfo>();
        var members = new NamedMembersOptions(
            Quotes: Switch(globalOptions, "CorpusNamedQuotes", diagnostics),
            Figures: Switch(globalOptions, "CorpusNamedFigures", diagnostics),
            People: Switch(globalOptions, "CorpusNamedPeople", diagnostics));
        return new CorpusOptions(
            Identifier.ToNamespace(requested),
            Nullable: version >= LanguageVersion.CSharp8,
            members,
            diagnostics.ToEquatableArray());
    }

    // On unless set to false. A value that is neither true nor false keeps the default and says so:
    // silently reading "no" or "off" as either would surprise half the people who write it.
    private static bool Switch(AnalyzerConfigOptions options, string property, List<DiagnosticInfo> diagnostics)
    {
        var value = Get(options, property);
        if (value is null || string.Equals(value, "true", StringComparison.OrdinalIgnoreCase)) return true;
        if (string.Equals(value, "false", StringComparison.OrdinalIgnoreCase)) return false;
        diagnostics.Add(DiagnosticInfo.Global(Descriptors.InvalidProperty.Id, property, value, "true"));
        return true;
    }

    private static string? Get(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
