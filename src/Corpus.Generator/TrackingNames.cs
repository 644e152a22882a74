namespace Corpus.Generator;

/// <summary>
/// Names of the pipeline's steps, so tests can assert which ones re-ran. A step run on all cores is two:
/// the one named <c>…Started</c> starts each item's work, the other collects the results.
/// </summary>
public static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string ArticleFiles = nameof(ArticleFiles);
    public const string ExtractionStarted = nameof(ExtractionStarted);
    public const string Extraction = nameof(Extraction);
    public const string ArticleKeysStarted = nameof(ArticleKeysStarted);
    public const string ArticleKeys = nameof(ArticleKeys);
    public const string ArticleMembers = nameof(ArticleMembers);
    public const string FigureNames = nameof(FigureNames);
    public const string QuoteNames = nameof(QuoteNames);
    public const string People = nameof(People);
    public const string ArticleNames = nameof(ArticleNames);
    public const string ArticleEmissionStarted = nameof(ArticleEmissionStarted);
    public const string ArticleEmission = nameof(ArticleEmission);
    public const string Buckets = nameof(Buckets);
    public const string CorpusIndexes = nameof(CorpusIndexes);
    public const string PeopleFiles = nameof(PeopleFiles);
}
