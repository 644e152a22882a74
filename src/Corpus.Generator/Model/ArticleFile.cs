using Corpus.Extraction.Model;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator.Model;

/// <summary>
/// An AdditionalFiles item marked as a corpus article. <see cref="Text"/> is compared by reference,
/// which is what the compiler keeps stable for an unchanged file.
/// </summary>
internal sealed record ArticleFile(AdditionalText Text, ArticleFileInfo Info);

/// <summary>What the project says about an article file, from its item metadata.</summary>
/// <param name="Path">The full path the compiler knows the file by (diagnostics point here).</param>
/// <param name="DisplayPath">The path as the project named it (shown to users, kept in Article.Path).</param>
/// <param name="Resource">The name of the embedded resource that carries the text.</param>
/// <param name="CorpusName">The requested corpus class name, before it is made an identifier.</param>
/// <param name="Id">The article's stable id: its path below the corpus folder, without extension.</param>
internal sealed record ArticleFileInfo(
    string Path,
    string DisplayPath,
    string Resource,
    string CorpusName,
    string Id,
    ArticleMetadata Metadata);
