namespace Corpus.Extraction.Model;

/// <summary>
/// Metadata given from outside the text (MSBuild item metadata, CLI options). Front matter in the
/// article overrides it: the file is the more specific of the two.
/// </summary>
public sealed record ArticleMetadata(
    string? Title = null,
    string? Published = null,
    string? Source = null,
    string? Section = null,
    string? Url = null)
{
    public static readonly ArticleMetadata None = new();
}
