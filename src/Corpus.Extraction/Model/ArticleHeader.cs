namespace Corpus.Extraction.Model;

/// <summary>
/// The article's title and metadata. <see cref="TitleFromLead"/> tells a title written by the
/// author (front matter, item metadata) from one derived from the first sentence.
/// </summary>
public sealed record ArticleHeader(
    string Title,
    bool TitleFromLead,
    string? Published,
    string? Source,
    string? Section,
    string? Url);
