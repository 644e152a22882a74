namespace Corpus.Generator.Model;

/// <summary>
/// Where an article is: its paths, the corpus class it belongs to and its id. Its member, its file and
/// its position in <c>All</c> depend on these alone, so only adding, removing or renaming a file changes them.
/// </summary>
internal sealed record ArticlePlace(string Path, string DisplayPath, string CorpusClass, string Id);
