using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Corpus.Generator.Tests.Infrastructure;
using Corpus.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generator.Tests;

/// <summary>
/// MSBuild hands the generator only the properties and item metadata <c>build/Corpus.props</c> lists: a
/// setting the generator reads but the props file forgets would be ignored in every real build, while the
/// tests, which give the generator options directly, would still pass.
/// </summary>
public class ProjectPropertiesTests
{
    private const string PropertyPrefix = "build_property.";
    private const string MetadataPrefix = "build_metadata.AdditionalFiles.";

    [Fact]
    public void EverythingTheGeneratorReadsIsVisibleToIt()
    {
        var asked = new ConcurrentDictionary<string, bool>();
        var article = TestArticle.Corpus("news/flood.txt", "Officials said 60 people died.\n");
        var driver = CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator() },
            new AdditionalText[] { article },
            new CSharpParseOptions(),
            new RecordingOptions(asked, new Dictionary<string, string> { [MetadataPrefix + "CorpusResource"] = "Corpus/news/flood.txt" }));
        driver.RunGenerators(CSharpCompilation.Create("Consumer"));

        var props = XDocument.Load(Path.Combine(RepoPaths.Root, "src", "Corpus", "build", "Corpus.props")).Descendants();
        var properties = props.Where(e => e.Name.LocalName == "CompilerVisibleProperty").Select(e => (string)e.Attribute("Include")!).ToHashSet();
        var metadata = props.Where(e => e.Name.LocalName == "CompilerVisibleItemMetadata" && (string?)e.Attribute("Include") == "AdditionalFiles")
            .Select(e => (string)e.Attribute("MetadataName")!).ToHashSet();

        var askedProperties = asked.Keys.Where(k => k.StartsWith(PropertyPrefix, System.StringComparison.Ordinal)).Select(k => k.Substring(PropertyPrefix.Length)).ToList();
        var askedMetadata = asked.Keys.Where(k => k.StartsWith(MetadataPrefix, System.StringComparison.Ordinal)).Select(k => k.Substring(MetadataPrefix.Length)).ToList();
        Assert.Contains("CorpusNamedPeople", askedProperties);
        Assert.Contains("CorpusTitle", askedMetadata);
        Assert.Equal(System.Array.Empty<string>(), askedProperties.Where(p => !properties.Contains(p)).ToArray());
        Assert.Equal(System.Array.Empty<string>(), askedMetadata.Where(m => !metadata.Contains(m)).ToArray());
    }

    private sealed class RecordingOptions : AnalyzerConfigOptionsProvider
    {
        private readonly Recording _file;

        public RecordingOptions(ConcurrentDictionary<string, bool> asked, Dictionary<string, string> fileValues)
        {
            GlobalOptions = new Recording(asked, new Dictionary<string, string>());
            _file = new Recording(asked, fileValues);
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _file;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _file;
    }

    private sealed class Recording : AnalyzerConfigOptions
    {
        private readonly ConcurrentDictionary<string, bool> _asked;
        private readonly Dictionary<string, string> _values;

        public Recording(ConcurrentDictionary<string, bool> asked, Dictionary<string, string> values) => (_asked, _values) = (asked, values);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
        {
            _asked[key] = true;
            return _values.TryGetValue(key, out value);
        }
    }
}
