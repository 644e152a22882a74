using Corpus.Extraction.Model;

namespace Corpus.Generator.Model;

/// <summary>
/// The members of every article's figures (or quotes), and into how many classes each corpus's named
/// members are split (<see cref="Naming.ListParts"/>).
/// </summary>
internal sealed record ItemNameTable(ArticleEntries<ArticleItemNames> Articles, EquatableArray<CorpusParts> Parts);

/// <summary>Each figure's (or quote's) member, in the article's order; "" for one without.</summary>
internal sealed record ArticleItemNames(string Path, EquatableArray<string> Members) : IArticleEntry;

/// <summary>Into how many classes a corpus class's named members of one kind are split: 1 for all on the list itself.</summary>
internal sealed record CorpusParts(string ClassName, int Parts);
