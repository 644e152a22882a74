using Corpus.Extraction.Model;

namespace Corpus.Generator.Model;

/// <summary>The people of one corpus class, and into how many classes their members are split (see <see cref="Naming.ListParts"/>).</summary>
internal sealed record CorpusPeople(string ClassName, EquatableArray<PersonEntry> Entries, int Parts);

/// <summary>
/// A person of the corpus as the index emits it. <see cref="Quotes"/> holds pairs: the article's
/// position in <c>All</c>, the quote's position in the article. <see cref="Member"/> is "" for a person
/// whose name others in the corpus share (no member names them). <see cref="AliasMembers"/> are further
/// members for the other full names articles use (Roza beside Rosa), so either spelling compiles.
/// </summary>
internal sealed record PersonEntry(
    string Member,
    EquatableArray<string> AliasMembers,
    string Name,
    SpeakerKind Kind,
    EquatableArray<string> Aliases,
    EquatableArray<string> Roles,
    EquatableArray<int> Quotes);
