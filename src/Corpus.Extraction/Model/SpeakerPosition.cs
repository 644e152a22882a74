namespace Corpus.Extraction.Model;

/// <summary>Where a speaker is among the articles given to the linker: the article's position, and the speaker's among its speakers.</summary>
public readonly record struct SpeakerPosition(int Article, int Speaker)
{
    /// <summary>No one speaker: a person of several.</summary>
    public static SpeakerPosition None { get; } = new(-1, -1);
}
