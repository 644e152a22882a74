using Corpus.Extraction.Model;
using Corpus.Extraction.Quotes.Speakers;

namespace Corpus.Extraction.Quotes.Attribution;

/// <summary>Who said something, the cue that says so, and the medium it came through.</summary>
internal sealed class Attribution
{
    public Attribution(Mention speaker, TextRange? cue, Mention? via, int block, int end)
    {
        Speaker = speaker;
        Cue = cue;
        Via = via;
        Block = block;
        End = end;
    }

    public Mention Speaker { get; }

    public TextRange? Cue { get; }

    public Mention? Via { get; }

    public int Block { get; }

    /// <summary>The token after the attribution's last, in its block.</summary>
    public int End { get; }
}
