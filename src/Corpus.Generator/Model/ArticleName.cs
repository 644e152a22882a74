using Corpus.Extraction.Model;

namespace Corpus.Generator.Model;

/// <summary>
/// Where an article lands in generated code: its corpus class and member, the file and data class it
/// shares with the other articles of its <see cref="Bucket"/> (at <see cref="Slot"/>), and the classes
/// its named figures and quotes go in. Its position in <c>All</c> is left to the index, so adding an
/// article does not touch the sources of articles in other buckets.
/// <see cref="FigureMembers"/> names each figure, in figure order, and <see cref="QuoteMembers"/> each
/// quote: "" for one without a member (a partial or reported quote, or a name others share). Both are
/// empty when the corpus names none.
/// </summary>
internal sealed record ArticleName(
    string CorpusClass,
    string Member,
    ArticleBucket Bucket,
    int Slot,
    string FigureList,
    string QuoteList,
    EquatableArray<string> FigureMembers,
    EquatableArray<string> QuoteMembers);

/// <summary>
/// A generated file of articles and the nested class that holds their data. A small corpus has one
/// article per bucket; a large one groups them by a hash of their path, so the compiler handles a few
/// hundred files rather than 20,000 and an edit still regenerates one file.
/// </summary>
internal sealed record ArticleBucket(string HintName, string ClassName);
