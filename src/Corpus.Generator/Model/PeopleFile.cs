using Corpus.Extraction.Model;

namespace Corpus.Generator.Model;

/// <summary>
/// A generated file of people's members: the people of one corpus class whose member's name hashes to it
/// (<see cref="Naming.PeopleFiles"/>), in the people's order, with what their hover docs show. It holds no
/// person's position, so a person added elsewhere in the corpus leaves it equal, and it is not written
/// again. <see cref="Part"/> is the list part its members are declared in (<see cref="Naming.ListParts"/>),
/// or -1 for the people's list itself.
/// </summary>
internal sealed record PeopleFile(string HintName, string CorpusClass, int Part, EquatableArray<PersonMember> Members, CorpusOptions Options);

/// <summary>A person's member, the further members of the other spellings of their name, and their hover docs.</summary>
internal sealed record PersonMember(
    string Member,
    EquatableArray<string> AliasMembers,
    string Name,
    SpeakerKind Kind,
    EquatableArray<string> Aliases,
    EquatableArray<string> Roles,
    int QuoteCount);
