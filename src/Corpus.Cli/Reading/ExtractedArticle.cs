using Corpus.Cli.Input;
using Corpus.Extraction.Model;

namespace Corpus.Cli.Reading;

/// <summary>A file the engine has read: the model and the decoded text its ranges point into.</summary>
internal sealed record ExtractedArticle(ArticleFile File, string Text, string Encoding, ArticleModel Model);
