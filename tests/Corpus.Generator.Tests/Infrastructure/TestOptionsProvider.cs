using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>
/// What MSBuild's generated .editorconfig gives the generator: global build properties and each
/// additional file's item metadata. Keyed by path, so a replaced article keeps its metadata and the
/// provider stays the same object (as it does in a real build when only a file's content changes).
/// </summary>
internal sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _byPath = new();

    public TestOptionsProvider(IReadOnlyDictionary<string, string> globalProperties)
    {
        var global = new Dictionary<string, string>();
        foreach (var pair in globalProperties) global["build_property." + pair.Key] = pair.Value;
        GlobalOptions = new Options(global);
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    /// <summary>The same files' metadata under other build properties, as after an edit to the project file.</summary>
    public TestOptionsProvider WithGlobal(IReadOnlyDictionary<string, string> globalProperties)
    {
        var changed = new TestOptionsProvider(globalProperties);
        foreach (var pair in _byPath) changed._byPath[pair.Key] = pair.Value;
        return changed;
    }

    public void Add(string path, IReadOnlyDictionary<string, string> metadata)
    {
        var options = new Dictionary<string, string>();
        foreach (var pair in metadata) options["build_metadata.AdditionalFiles." + pair.Key] = pair.Value;
        _byPath[path] = options;
    }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _byPath.TryGetValue(textFile.Path, out var options) ? new Options(options) : Options.Empty;

    private sealed class Options : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());

        private readonly IReadOnlyDictionary<string, string> _values;

        public Options(IReadOnlyDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
