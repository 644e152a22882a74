using System;
using System.Threading;
using Corpus.Extraction;
using Corpus.Extraction.Model;
using Corpus.Generator.Diagnostics;
using Corpus.Generator.Model;

namespace Corpus.Generator.Parsing;

/// <summary>
/// Reads one article file through the engine. Whatever goes wrong stays with this article as a
/// diagnostic: a throw here would drop the whole corpus (CS8785).
/// </summary>
internal static class ArticleExtraction
{
    public static ExtractedArticle Extract(ArticleFile file, CancellationToken cancellationToken)
    {
        var info = file.Info;
        try
        {
            var text = file.Text.GetText(cancellationToken);
            if (text is null)
            {
                return Failed(info, DiagnosticInfo.AtFileStart(Descriptors.Unreadable.Id, info.Path, info.DisplayPath));
            }

            var content = text.ToString();
            var model = ArticleReader.Read(info.DisplayPath, content, info.Metadata, cancellationToken);
            var diagnostics = new DiagnosticInfo[model.Findings.Count];
            for (var i = 0; i < diagnostics.Length; i++)
            {
                diagnostics[i] = DiagnosticInfo.From(model.Findings[i], info.Path);
            }
            return new ExtractedArticle(info, text.Encoding?.WebName ?? "utf-8", model, Snippets.Figures(model, content), Snippets.Quotes(model, content), new EquatableArray<DiagnosticInfo>(diagnostics));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return Failed(info, DiagnosticInfo.AtFileStart(
                Descriptors.ExtractionFailed.Id, info.Path, info.DisplayPath, exception.GetType().FullName ?? "Exception", exception.Message));
        }
    }

    private static ExtractedArticle Failed(ArticleFileInfo info, DiagnosticInfo diagnostic) =>
        new(info, "", null, EquatableArray<FigureSnippet>.Empty, EquatableArray<QuoteSnippet>.Empty, new EquatableArray<DiagnosticInfo>(new[] { diagnostic }));
}
