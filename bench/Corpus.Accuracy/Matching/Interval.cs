using System.Globalization;
using Corpus.Extraction.Model;

namespace Corpus.Accuracy.Matching;

/// <summary>
/// A range as Recognizers writes it: "(30,)", "[20,30)", "(,700]", "[20,20]". A figure maps to one:
/// MoreThan v is (v,), AtLeast [v,), LessThan (,v), AtMost (,v], a value with Upper u is [v,u) or (v,u)
/// when the lower end is MoreThan, any other single value is [v,v].
/// </summary>
internal sealed record Interval(decimal? Lower, bool LowerOpen, decimal? Upper, bool UpperOpen)
{
    public static Interval? Parse(string text)
    {
        text = text.Trim();
        if (text.Length < 3 || text.IndexOf(',') < 0) return null;
        var lowerOpen = text[0] == '(';
        var upperOpen = text[text.Length - 1] == ')';
        var parts = text.Substring(1, text.Length - 2).Split(',');
        return new Interval(Number(parts[0]), lowerOpen, Number(parts[1]), upperOpen);
    }

    public static Interval Of(FigureModel figure)
    {
        if (figure.Upper is { } upper) return new Interval(figure.Value, figure.Qualifier == Qualifier.MoreThan, upper, true);
        return figure.Qualifier switch
        {
            Qualifier.MoreThan => new Interval(figure.Value, true, null, true),
            Qualifier.AtLeast => new Interval(figure.Value, false, null, true),
            Qualifier.LessThan => new Interval(null, true, figure.Value, true),
            Qualifier.AtMost => new Interval(null, true, figure.Value, false),
            _ => new Interval(figure.Value, false, figure.Value, false),
        };
    }

    /// <summary>
    /// Same ends; a one-sided range also the same openness; a two-sided range the same lower openness
    /// only, since Corpus does not record whether a range's top is included ("between 20 and 30").
    /// </summary>
    public bool Matches(Interval actual)
    {
        if (!SameEnd(Lower, actual.Lower) || !SameEnd(Upper, actual.Upper)) return false;
        if (Lower is not null && Upper is not null && Lower != Upper) return LowerOpen == actual.LowerOpen;
        if (Lower is not null && Upper is not null) return actual.Lower == actual.Upper;
        return Lower is not null ? LowerOpen == actual.LowerOpen : UpperOpen == actual.UpperOpen;
    }

    private static bool SameEnd(decimal? expected, decimal? actual) =>
        expected is null ? actual is null : actual is not null && Values.Near(expected.Value, actual.Value);

    private static decimal? Number(string text) =>
        text.Trim().Length == 0 ? null : decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
