namespace Corpus.Generator.Model;

/// <summary>
/// An article as read, beside the names the corpus gave it (null: the articles' table does not list it).
/// An edit that changes names anywhere re-runs the step that looks these up for every article, but only
/// an article whose own names changed is written again.
/// </summary>
internal sealed record NamedExtraction(ExtractedArticle Article, ArticleName? Name);
