using Corpus.Extraction.Quotes.Vocabulary;

namespace Corpus.Extraction.Quotes.Attribution;

/// <summary>A speech cue found among the tokens: [Start, End) and what kind it is.</summary>
/// <param name="Relayed">"was quoted as saying", "quoted by": the speech reached the writer through someone else.</param>
/// <param name="According">"according to X": the speaker follows the cue.</param>
/// <param name="Next">Where the reported words start: after "quoted by RIA Novosti as saying" the cue itself is "quoted".</param>
internal readonly record struct CueMatch(int Start, int End, Cue Cue, bool Relayed, bool According, int Next)
{
    public CueMatch(int start, int end, Cue cue, bool relayed, bool according)
        : this(start, end, cue, relayed, according, end)
    {
    }

    public bool IsParticiple => Cue.Form == CueForm.Participle && !Relayed;

    /// <summary>Whether "said X" may invert speaker and verb; "told X" names the hearer instead.</summary>
    public bool Inverts => !According && Cue.Lemma is not ("tell" or "inform" or "assure" or "reassure" or "remind" or "urge" or "advise" or "warn");
}
