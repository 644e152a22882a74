namespace Corpus.Generator.Naming;

/// <summary>Names the generated classes already use, which no article, figure, quote or person may take.</summary>
internal static class ReservedNames
{
    /// <summary>
    /// A corpus class's own members, and those of a small corpus's data classes, each named after its
    /// article's member (a class may not have a member of its own name).
    /// </summary>
    public static readonly string[] InCorpus =
    {
        "All", "Quotes", "People", "Figures", "Find", "Count", "FigureList", "QuoteList", "PersonList", "ArticleData", "ListParts",
        "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
        "Get", "Create", "Speakers", "Data", Emitting.DataConstant.Name,
    };

    /// <summary>The members of the generated <c>Figures</c>, <c>Quotes</c> and <c>People</c> classes.</summary>
    public static readonly string[] InLists =
    {
        "GetEnumerator", "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
        "FigureList", "QuoteList", "PersonList", "Count", "Item", "Create", "Data", "ListParts", Emitting.DataConstant.Name,
        "ReadConstant", "Named",
    };
}
