using Corpus.Extraction.Model;

namespace Corpus.Generator.Model;

/// <summary>
/// Project-wide settings. <see cref="Namespace"/> is null for the global namespace;
/// <see cref="Nullable"/> says whether the consumer's C# version understands nullable annotations.
/// </summary>
internal sealed record CorpusOptions(string? Namespace, bool Nullable, EquatableArray<DiagnosticInfo> Diagnostics);
