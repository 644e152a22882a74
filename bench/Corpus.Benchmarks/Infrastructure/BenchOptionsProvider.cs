using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Benchmarks.Infrastructure;

/// <summary>
/// What MSBuild's generated .editorconfig gives the generator for CorpusArticle items (the metadata
/// Corpus.targets sets), keyed by path. A copy of the test harness's provider, which benches cannot reference.
/// </summary>
internal sealed class BenchOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<string, AnalyzerConfigOptions> _byPath = new();

    public BenchOptionsProvider(string rootNamespace)
    {
        GlobalOptions = new Options(new Dictionary<string, string> { ["build_property.RootNamespace"] = rootNamespace });
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    /// <summary>Declares a file as <c>&lt;CorpusArticle Include="{projectPath}" /&gt;</c> would.</summary>
    public void AddArticle(string fullPath, string projectPath)
    {
        _byPath[fullPath] = new Options(new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.CorpusResource"] = "Corpus/" + projectPath,
            ["build_metadata.AdditionalFiles.CorpusPath"] = projectPath,
        });
    }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _byPath.TryGetValue(textFile.Path, out var options) ? options : Options.Empty;

    private sealed class Options : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());

        private readonly Dictionary<string, string> _values;

        public Options(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
