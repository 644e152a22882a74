namespace Corpus.Extraction.Model;

/// <summary>
/// Something wrong with an article that its author should hear about, located in the text.
/// Lines and columns are zero-based, as Roslyn counts them.
/// </summary>
public sealed record Finding(
    FindingKind Kind,
    string Message,
    TextRange Range,
    LinePosition Start,
    LinePosition End)
{
    /// <summary>The public diagnostic id, <c>CORPUS</c> and the kind's three digits.</summary>
    public string Id => FindingIds.Of(Kind);

    public FindingSeverity Severity => FindingIds.SeverityOf(Kind);
}

public readonly record struct LinePosition(int Line, int Column);

public enum FindingSeverity
{
    Info,
    Warning,
    Error,
}
