using System.Collections.Generic;
using Corpus.Cli.Reading;

namespace Corpus.Cli;

/// <summary>Where the extract command's results go: each article as it is read, then the diagnostics of the run.</summary>
internal interface IArticleOutput
{
    void Add(ExtractedArticle article);

    void Finish(IReadOnlyList<ArticleDiagnostic> diagnostics);
}
