using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Corpus.Cli.Input;
using Corpus.Extraction;
using Corpus.Extraction.Model;
using Corpus.Extraction.Text;

namespace Corpus.Cli.Reading;

/// <summary>
/// Reads one file through the engine. Whatever goes wrong stays with that file (a message on
/// stderr, or a diagnostic), so the other files are still read and printed. Files are read on every
/// core, so nothing here writes anywhere: what a file says is kept in its <see cref="ArticleRead"/>
/// and told in the files' order.
/// </summary>
internal static class ArticleExtraction
{
    public static ArticleRead Extract(ArticleFile file)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new ArticleRead(file, null, exception, Array.Empty<ArticleDiagnostic>());
        }

        var decoded = ArticleDecoder.Decode(bytes);
        ArticleModel model;
        try
        {
            // Not cancellable: Ctrl+C ends the process, and half-written output has nothing to clean up.
            model = ArticleReader.Read(file.DisplayPath, decoded.Text, ArticleMetadata.None, CancellationToken.None);
        }
        catch (Exception exception)
        {
            // The generator reports this as a warning so a build goes on; here the article is
            // missing from the output, which is an error for whoever reads that output.
            var failure = new ArticleDiagnostic(
                FindingIds.Of(FindingKind.InternalError), FindingSeverity.Error, file.DisplayPath, 1, 1,
                $"Corpus failed while reading '{file.DisplayPath}' ({exception.GetType().FullName}: {exception.Message}); the article was left out. Please report this with the article.");
            return new ArticleRead(file, null, null, new[] { failure });
        }

        var diagnostics = new ArticleDiagnostic[model.Findings.Count];
        for (var i = 0; i < diagnostics.Length; i++)
        {
            diagnostics[i] = ArticleDiagnostic.From(model.Findings[i], file.DisplayPath);
        }
        return new ArticleRead(file, new ExtractedArticle(file, decoded.Text, decoded.Encoding, model), null, diagnostics);
    }
}
