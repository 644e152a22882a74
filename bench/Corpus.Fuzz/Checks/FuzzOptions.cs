using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Fuzz.Checks;

/// <summary>What MSBuild's generated .editorconfig would give the generator: a root namespace and each article's item metadata.</summary>
internal sealed class FuzzOptions : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<string, Values> _byPath;

    public FuzzOptions(IEnumerable<FuzzArticle> articles)
    {
        _byPath = articles.ToDictionary(a => a.Path, a => new Values(a.Metadata));
        GlobalOptions = new Values(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" });
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Values.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _byPath.TryGetValue(textFile.Path, out var values) ? values : Values.Empty;

    private sealed class Values : AnalyzerConfigOptions
    {
        public static readonly Values Empty = new(new Dictionary<string, string>());

        private readonly IReadOnlyDictionary<string, string> _values;

        public Values(IReadOnlyDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
