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
/// stderr, or a diagnostic), so the other files are still read and printed.
/// </summary>
internal static class ArticleExtraction
{
    /// <returns>The article, or null when the file could not be read or the engine failed on it.</returns>
    public static ExtractedArticle? Extract(ArticleFile file, InputErrors errors, ICollection<ArticleDiagnostic> diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            errors.CannotRead(file.DisplayPath, exception);
            return null;
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
            diagnostics.Add(new ArticleDiagnostic(
                FindingIds.Of(FindingKind.InternalError), FindingSeverity.Error, file.DisplayPath, 1, 1,
                $"Corpus failed while reading '{file.DisplayPath}' ({exception.GetType().FullName}: {exception.Message}); the article was left out. Please report this with the article."));
            return null;
        }

        foreach (var finding in model.Findings)
        {
            diagnostics.Add(ArticleDiagnostic.From(finding, file.DisplayPath));
        }
        return new ExtractedArticle(file, decoded.Text, decoded.Encoding, model);
    }
}
