using Corpus.Extraction.Model;

namespace Corpus.Generator.Model;

/// <summary>
/// Every article's member, file and slot, and each corpus class's articles in <c>All</c> order: what
/// depends on where articles are, not on what they say.
/// </summary>
internal sealed record ArticleTable(ArticleEntries<ArticleSlot> Articles, EquatableArray<CorpusArticles> Corpora);

/// <summary>
/// An article's member of its corpus class, the file and data class it shares (<see cref="Bucket"/>, at
/// <see cref="Slot"/>), and the <see cref="Part"/> that picks which list part its named figures and quotes go in.
/// </summary>
internal sealed record ArticleSlot(string Path, string CorpusClass, string Member, ArticleBucket Bucket, int Slot, int Part) : IArticleEntry;

/// <summary>A corpus class's article members and paths, in <c>All</c> order.</summary>
internal sealed record CorpusArticles(string ClassName, EquatableArray<string> Members, EquatableArray<string> ArticlePaths);
