using Corpus.Extraction.Model;

namespace Corpus.Cli.Reading;

/// <summary>A finding as the command reports it: located by path and 1-based line and column, as editors count.</summary>
internal sealed record ArticleDiagnostic(string Id, FindingSeverity Severity, string Path, int Line, int Column, string Message)
{
    public static ArticleDiagnostic From(Finding finding, string path) =>
        new(finding.Id, finding.Severity, path, finding.Start.Line + 1, finding.Start.Column + 1, finding.Message);
}
