using System;
using System.Linq;
using Corpus.Extraction.Model;
using Corpus.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generator.Parsing;

/// <summary>
/// Decides which AdditionalFiles are articles and what the project says about them. Only files
/// carrying <c>CorpusResource</c> metadata (set by the package's targets for each CorpusArticle
/// item) are articles; a PublicAPI.txt or stylecop.json beside them is left alone.
/// </summary>
internal static class ArticleFileReader
{
    private const string Prefix = "build_metadata.AdditionalFiles.";

    public static ArticleFile? TryRead(AdditionalText text, AnalyzerConfigOptions options)
    {
        var resource = Get(options, "CorpusResource");
        if (resource is null) return null;

        var displayPath = Normalize(Get(options, "CorpusPath") ?? text.Path);
        var recursiveDir = Normalize(Get(options, "CorpusRecursiveDir") ?? "");
        var fileName = FileNameWithoutExtension(displayPath);
        var id = recursiveDir.Length == 0 ? fileName : recursiveDir.TrimEnd('/') + "/" + fileName;
        var corpusName = Get(options, "CorpusName") ?? FolderName(displayPath, recursiveDir) ?? "Articles";

        var metadata = new ArticleMetadata(
            Title: Get(options, "CorpusTitle"),
            Published: Get(options, "CorpusPublished"),
            Source: Get(options, "CorpusSource"),
            Section: Get(options, "CorpusSection"),
            Url: Get(options, "CorpusUrl"));

        return new ArticleFile(text, new ArticleFileInfo(text.Path, displayPath, resource, corpusName, id, metadata));
    }

    private static string? Get(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue(Prefix + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static string Normalize(string path) => path.Replace('\\', '/');

    private static string FileNameWithoutExtension(string path)
    {
        var name = path.Substring(path.LastIndexOf('/') + 1);
        var dot = name.LastIndexOf('.');
        return dot > 0 ? name.Substring(0, dot) : name;
    }

    /// <summary>
    /// The folder the items were included from: for <c>seeds/**/*.txt</c> that is <c>seeds</c>, not the
    /// sub-folder a file happens to sit in.
    /// </summary>
    private static string? FolderName(string displayPath, string recursiveDir)
    {
        var slash = displayPath.LastIndexOf('/');
        if (slash < 0) return null;
        var directory = displayPath.Substring(0, slash + 1);
        if (recursiveDir.Length > 0 && directory.EndsWith(recursiveDir, StringComparison.Ordinal))
        {
            directory = directory.Substring(0, directory.Length - recursiveDir.Length);
        }
        return directory
            .Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries)
            .LastOrDefault(segment => segment != "." && segment != "..");
    }
}
