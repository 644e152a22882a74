using Corpus.Extraction.Model;

namespace Corpus.Generator.Model;

/// <summary>
/// An article's speakers as the people linker reads them, with the member bases of each
/// (<see cref="Speakers"/>' order), made when the article is read: most people are one speaker of one
/// article, whose members then cost naming no string work.
/// </summary>
internal sealed record ArticlePeople(LinkableArticle Speakers, EquatableArray<SpeakerBases> Bases);

/// <summary>
/// The member bases of one speaker, were it a person alone: its name's, and those of its other full
/// names that differ from it, each once ignoring case (the members a person of that name gets besides).
/// </summary>
internal sealed record SpeakerBases(string Name, EquatableArray<string> Aliases);
