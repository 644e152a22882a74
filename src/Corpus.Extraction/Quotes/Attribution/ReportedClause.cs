using Corpus.Extraction.Model;

namespace Corpus.Extraction.Quotes.Attribution;

/// <summary>Reported speech without quotation marks: the clause (tokens [Start, End) of a block) and its attribution.</summary>
internal sealed class ReportedClause
{
    public ReportedClause(int block, int start, int end, TextRange range, Attribution attribution)
    {
        Block = block;
        Start = start;
        End = end;
        Range = range;
        Attribution = attribution;
    }

    public int Block { get; }

    public int Start { get; }

    public int End { get; }

    public TextRange Range { get; }

    public Attribution Attribution { get; }
}
