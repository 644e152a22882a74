using Corpus.Extraction.Model;

namespace Corpus.Generator.Model;

/// <summary>
/// Project-wide settings. <see cref="Namespace"/> is null for the global namespace;
/// <see cref="Nullable"/> says whether the consumer's C# version understands nullable annotations;
/// <see cref="Utf8Literals"/> whether it has <c>u8</c> literals (C# 11, and a <c>ReadOnlySpan</c> to hold them).
/// </summary>
internal sealed record CorpusOptions(string? Namespace, bool Nullable, bool Utf8Literals, EquatableArray<DiagnosticInfo> Diagnostics);
