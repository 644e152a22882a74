using System.ComponentModel;

namespace Corpus.Runtime;

/// <summary>One quote as generated code describes it; offsets of -1 mean none. Not meant to be used by hand.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct QuoteRow
{
    public QuoteRow(QuoteKind kind, int start, int length, int cueStart, int cueLength, int mentionStart, int mentionLength, Person? speaker, string? via, int continues)
    {
        Kind = kind;
        Start = start;
        Length = length;
        CueStart = cueStart;
        CueLength = cueLength;
        MentionStart = mentionStart;
        MentionLength = mentionLength;
        Speaker = speaker;
        Via = via;
        Continues = continues;
    }

    public QuoteKind Kind { get; }

    public int Start { get; }

    public int Length { get; }

    public int CueStart { get; }

    public int CueLength { get; }

    public int MentionStart { get; }

    public int MentionLength { get; }

    public Person? Speaker { get; }

    public string? Via { get; }

    public int Continues { get; }
}
