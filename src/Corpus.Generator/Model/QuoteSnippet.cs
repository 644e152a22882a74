namespace Corpus.Generator.Model;

/// <summary>What the emitter needs of a quote's text: a base name for its member (empty when the quote gets none) and its words for hover docs.</summary>
internal sealed record QuoteSnippet(string BaseName, string Text);
