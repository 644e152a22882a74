namespace Corpus.Fuzz.Campaign;

/// <summary>Something that went wrong on one case, with what is needed to reproduce it (<c>--case</c>) and to turn it into a test.</summary>
public sealed record FuzzFinding(long Case, string Kind, string Message, string Origin, string Mutations, string Text);
