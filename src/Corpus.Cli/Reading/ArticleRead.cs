using System;
using System.Collections.Generic;
using Corpus.Cli.Input;

namespace Corpus.Cli.Reading;

/// <summary>What reading one file gave: the article (null when it could not be read or the engine failed), and what to tell about it.</summary>
internal sealed record ArticleRead(ArticleFile File, ExtractedArticle? Article, Exception? ReadFailure, IReadOnlyList<ArticleDiagnostic> Diagnostics)
{
    public void Report(InputErrors errors, ICollection<ArticleDiagnostic> diagnostics)
    {
        if (ReadFailure is not null) errors.CannotRead(File.DisplayPath, ReadFailure);
        foreach (var diagnostic in Diagnostics) diagnostics.Add(diagnostic);
    }
}
