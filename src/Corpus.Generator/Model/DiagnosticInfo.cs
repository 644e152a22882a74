using Corpus.Extraction.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generator.Model;

/// <summary>
/// A diagnostic as plain values: Roslyn's Diagnostic and Location are not meant to live in cached
/// pipeline models, so they are made only when reported.
/// </summary>
internal sealed record DiagnosticInfo(
    string Id,
    string? Path,
    int Start,
    int Length,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn,
    EquatableArray<string> MessageArgs)
{
    public Diagnostic ToDiagnostic()
    {
        var location = Path is null
            ? Location.None
            : Location.Create(
                Path,
                new TextSpan(Start, Length),
                new LinePositionSpan(new Microsoft.CodeAnalysis.Text.LinePosition(StartLine, StartColumn), new Microsoft.CodeAnalysis.Text.LinePosition(EndLine, EndColumn)));
        return Diagnostic.Create(Diagnostics.Descriptors.For(Id), location, MessageArgs.ToArray());
    }

    public static DiagnosticInfo AtFileStart(string id, string path, params string[] args) =>
        new(id, path, 0, 0, 0, 0, 0, 0, new EquatableArray<string>(args));

    public static DiagnosticInfo Global(string id, params string[] args) =>
        new(id, null, 0, 0, 0, 0, 0, 0, new EquatableArray<string>(args));

    public static DiagnosticInfo From(Finding finding, string path) =>
        new(finding.Id, path, finding.Range.Start, finding.Range.Length,
            finding.Start.Line, finding.Start.Column, finding.End.Line, finding.End.Column,
            new EquatableArray<string>(new[] { finding.Message }));
}
