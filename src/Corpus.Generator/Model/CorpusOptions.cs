using Corpus.Extraction.Model;

namespace Corpus.Generator.Model;

/// <summary>
/// Project-wide settings. <see cref="Namespace"/> is null for the global namespace;
/// <see cref="Nullable"/> says whether the consumer's C# version understands nullable annotations;
/// <see cref="Members"/> which quotes and figures get a member of their own; <see cref="Diagnostics"/>
/// what was wrong with the project's settings.
/// </summary>
internal sealed record CorpusOptions(string? Namespace, bool Nullable, NamedMembersOptions Members, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// Whether direct quotes (<c>CorpusNamedQuotes</c>), figures (<c>CorpusNamedFigures</c>) and speakers
/// (<c>CorpusNamedPeople</c>) are named members of <c>Quotes</c>, <c>Figures</c> and <c>People</c>. All are
/// on by default; a very large corpus may turn them off, since each named member costs the compiler a
/// property (see docs/benchmarks.md). The items stay in the lists and on their articles either way.
/// </summary>
internal sealed record NamedMembersOptions(bool Quotes, bool Figures, bool People = true)
{
    public static NamedMembersOptions All { get; } = new(Quotes: true, Figures: true, People: true);
}
