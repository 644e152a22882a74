using System.Collections.Generic;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>An article (or any additional file) handed to the generator, with the item metadata MSBuild would give it.</summary>
internal sealed class TestArticle : AdditionalText
{
    private readonly SourceText? _text;
    private System.Action? _onFirstRead;

    public TestArticle(string path, string? text, IReadOnlyDictionary<string, string>? metadata = null)
    {
        Path = path;
        _text = text is null ? null : SourceText.From(text, Encoding.UTF8);
        Metadata = metadata ?? new Dictionary<string, string>();
    }

    public override string Path { get; }

    public IReadOnlyDictionary<string, string> Metadata { get; }

    public override SourceText? GetText(CancellationToken cancellationToken = default)
    {
        Interlocked.Exchange(ref _onFirstRead, null)?.Invoke();
        return _text;
    }

    /// <summary>Runs <paramref name="action"/> the first time the text is read, to act at a known point of a run.</summary>
    public TestArticle OnFirstRead(System.Action action)
    {
        _onFirstRead = action;
        return this;
    }

    /// <summary>An article as the package's targets declare it: <c>CorpusArticle Include="{path}"</c>.</summary>
    public static TestArticle Corpus(string path, string? text, string? recursiveDir = null, string? corpusName = null, string? section = null)
    {
        var metadata = new Dictionary<string, string>
        {
            ["CorpusResource"] = "Corpus/" + path,
            ["CorpusPath"] = path,
        };
        if (recursiveDir is not null) metadata["CorpusRecursiveDir"] = recursiveDir;
        if (corpusName is not null) metadata["CorpusName"] = corpusName;
        if (section is not null) metadata["CorpusSection"] = section;
        return new TestArticle("/project/" + path, text, metadata);
    }
}

/// <summary>An additional file whose reading fails, as a broken disk or a locked file would.</summary>
internal sealed class ThrowingArticle : AdditionalText
{
    public ThrowingArticle(string path) => Path = path;

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) =>
        throw new System.IO.IOException("The device is not ready.");
}
