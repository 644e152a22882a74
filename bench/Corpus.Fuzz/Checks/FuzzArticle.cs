using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Fuzz.Checks;

/// <summary>An article file as the compiler hands it to the generator: its decoded text and the item metadata the package's targets give it.</summary>
internal sealed class FuzzArticle : AdditionalText
{
    private readonly SourceText _text;

    public FuzzArticle(string projectPath, string text, byte[] bytes)
    {
        Path = "/fuzz/" + projectPath;
        ProjectPath = projectPath;
        Bytes = bytes;
        _text = SourceText.From(text, System.Text.Encoding.UTF8);
        Metadata = new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.CorpusResource"] = Resource,
            ["build_metadata.AdditionalFiles.CorpusPath"] = projectPath,
        };
    }

    public override string Path { get; }

    public string ProjectPath { get; }

    public string Resource => "Corpus/" + ProjectPath;

    /// <summary>The file's bytes, embedded as the resource the runtime reads the text from.</summary>
    public byte[] Bytes { get; }

    public IReadOnlyDictionary<string, string> Metadata { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
