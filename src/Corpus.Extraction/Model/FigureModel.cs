namespace Corpus.Extraction.Model;

/// <summary>
/// What a figure measures. A range keeps the kind of what it measures and sets
/// <see cref="FigureModel.Upper"/>; a vague magnitude ("thousands") keeps it too and is
/// <see cref="Qualifier.Vague"/>. So <c>Kind == Count &amp;&amp; Counts == "killed"</c> also finds
/// "between 200 and 300 killed" and "thousands killed".
/// </summary>
public enum FigureKind
{
    /// <summary>A number of things: people, homes, a bare number. <see cref="FigureModel.Unit"/> is the counted noun.</summary>
    Count,

    /// <summary>A percentage: <see cref="FigureModel.Unit"/> is <c>percent</c> or <c>percentage points</c>.</summary>
    Percent,

    /// <summary>A rank: "the second largest city". <see cref="FigureModel.Unit"/> is the ranked noun.</summary>
    Ordinal,

    /// <summary>An amount of money: <see cref="FigureModel.Unit"/> is an ISO 4217 code, or a currency name where the text names no single code.</summary>
    Money,

    /// <summary>A quantity in a unit of measure or of time: 10 km, 3 tonnes, three days.</summary>
    Measure,


    /// <summary>Someone's or something's age: "a 17-year-old", "aged 60". <see cref="FigureModel.Unit"/> is years, months, weeks or days.</summary>
    Age,

    /// <summary>A result such as "a 3-1 win": <see cref="FigureModel.Value"/> and <see cref="FigureModel.Upper"/> are the two sides, in the order written.</summary>
    Score,


    /// <summary>A share stated as a fraction: "half", "two thirds", "one in five". <see cref="FigureModel.Value"/> is the fraction (0.2).</summary>
    Proportion,
}

/// <summary>How <see cref="FigureModel.Value"/> relates to the true figure.</summary>
public enum Qualifier
{
    Exact,

    /// <summary>"more than 60", "over 800", "above", "exceeding".</summary>
    MoreThan,

    /// <summary>"at least 85", "no fewer than", "60 or more".</summary>
    AtLeast,

    /// <summary>"about", "around", "some", "nearly", "almost", "an estimated", "60-odd".</summary>
    About,

    /// <summary>"fewer than", "less than", "under", "below".</summary>
    LessThan,

    /// <summary>"up to", "at most", "no more than", "60 or fewer".</summary>
    AtMost,

    /// <summary>"dozens", "hundreds", "thousands of", "tens of thousands": the value is the least the words allow (thousands: 2,000).</summary>
    Vague,
}

/// <summary>
/// One figure: a number the article states as a quantity.
/// <see cref="Range"/> covers the figure's words (qualifier, currency, number, scale, unit), not the counted noun.
/// <see cref="Upper"/> is the top of a range ("between 200 and 300"), or for a <see cref="FigureKind.Score"/> the second side.
/// <see cref="Counts"/> says what happened to what is counted when the sentence says it: dead, killed, wounded, injured, ...
/// <see cref="Quote"/> is the index of the quote it sits in, if any; <see cref="Sentence"/> the index of its sentence.
/// </summary>
public sealed record FigureModel(
    FigureKind Kind,
    TextRange Range,
    decimal Value,
    decimal? Upper,
    Qualifier Qualifier,
    string? Unit,
    string? Counts,
    int? Quote,
    int Sentence = -1);
