namespace Corpus.Generator;
internal static class Placeholder { }
