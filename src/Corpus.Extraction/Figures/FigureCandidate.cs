using Corpus.Extraction.Figures.Numbers;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Figures;

/// <summary>A figure being read: a number and the words around it that the rules have claimed so far.</summary>
internal sealed class FigureCandidate
{
    public FigureCandidate(NumberMention number)
    {
        Number = number;
        First = number.First;
        Last = number.Last;
        Value = number.Value;
        Kind = number.Form switch
        {
            MentionForm.Ordinal => FigureKind.Ordinal,
            MentionForm.Fraction => FigureKind.Proportion,
            _ => FigureKind.Count,
        };
        Qualifier = number.Form == MentionForm.Vague ? Qualifier.Vague : Qualifier.Exact;
        NounSearchFrom = number.Last + 1;
    }

    public NumberMention Number { get; }

    /// <summary>First token of the figure's words (qualifier, currency, number).</summary>
    public int First { get; set; }

    /// <summary>Last token of the figure's words (number, scale, unit, right qualifier).</summary>
    public int Last { get; set; }

    public FigureKind Kind { get; set; }

    public decimal Value { get; set; }

    public decimal? Upper { get; set; }

    public Qualifier Qualifier { get; set; }

    public string? Unit { get; set; }

    public string? Counts { get; set; }

    /// <summary>Where the counted noun may start: after the number and any unit, past "of" for "thousands of".</summary>
    public int NounSearchFrom { get; set; }

    /// <summary>A unit, currency, percent sign or age phrase follows the number: the figure needs no counted noun.</summary>
    public bool HasUnitWords { get; set; }

    /// <summary>Dropped by a later rule (merged into a range, found to be a designator).</summary>
    public bool Dropped { get; set; }

    public override string ToString() => $"{Kind} {Value}{(Upper is null ? "" : ".." + Upper)} {Qualifier} {Unit} {Counts} [{First}..{Last}]";
}
