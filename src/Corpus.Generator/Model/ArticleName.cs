using Corpus.Extraction.Model;

namespace Corpus.Generator.Model;

/// <summary>
/// Where an article lands in generated code: its corpus class, member and hint name. Its position in
/// <c>All</c> is left to the index, so adding an article does not touch its neighbours' sources.
/// <see cref="FigureMembers"/> names each figure in the corpus's <c>Figures</c> class, in figure order.
/// </summary>
internal sealed record ArticleName(string CorpusClass, string Member, string HintName, EquatableArray<string> FigureMembers);

/// <summary>
/// The part of an article that decides names: its path and the base names of what it holds. An edit
/// that changes none of them leaves every name, and so every other article's source, as it was.
/// </summary>
internal sealed record ArticleKey(string Path, string DisplayPath, string CorpusName, string Id, EquatableArray<string> FigureNames);
