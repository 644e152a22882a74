namespace Corpus.Generator.Model;

/// <summary>Something a naming step decided for one article, found again by the article's path.</summary>
internal interface IArticleEntry
{
    string Path { get; }
}
