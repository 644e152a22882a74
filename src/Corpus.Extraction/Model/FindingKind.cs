namespace Corpus.Extraction.Model;

/// <summary>
/// Every finding the engine can report. The number is the public id (<c>CORPUS</c> + three digits),
/// documented in docs/diagnostics.md: never renumber one.
/// 0xx: the file and its layout; 1xx: quotes; 2xx: figures; 9xx: internal errors (raised by hosts).
/// </summary>
public enum FindingKind
{
    Unreadable = 1,
    EmptyArticle = 2,
    WhitespaceOnly = 3,
    BinaryContent = 4,
    UndecodableBytes = 5,
    MalformedFrontMatter = 6,
    InvalidPublishedDate = 7,

    UnclosedQuote = 101,

    InternalError = 901,
}

public static class FindingIds
{
    public static string Of(FindingKind kind) => "CORPUS" + ((int)kind).ToString("000", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Every finding is a warning: a bad article must never stop the rest of a build.</summary>
    public static FindingSeverity SeverityOf(FindingKind kind) => FindingSeverity.Warning;
}
