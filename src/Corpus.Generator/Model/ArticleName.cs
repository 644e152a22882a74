namespace Corpus.Generator.Model;

/// <summary>
/// Where an article lands in generated code: its corpus class, member and hint name. Its position in
/// <c>All</c> is left to the index, so adding an article does not touch its neighbours' sources.
/// </summary>
internal sealed record ArticleName(string CorpusClass, string Member, string HintName);

/// <summary>The part of an article that decides names; content edits leave it unchanged.</summary>
internal sealed record ArticleKey(string Path, string DisplayPath, string CorpusName, string Id);
