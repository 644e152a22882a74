namespace Corpus.Generator.Model;

/// <summary>
/// What the emitter needs of a figure's text, taken while the text is at hand: a base name for its
/// member, its own words, and the words around it in its sentence for its hover documentation.
/// </summary>
internal sealed record FigureSnippet(string BaseName, string Text, string Context);
