namespace Corpus;

/// <summary>What a figure measures. A range is a figure whose <see cref="Figure.Upper"/> is set; a vague magnitude ("thousands") is one whose qualifier is <see cref="Qualifier.Vague"/>.</summary>
public enum FigureKind
{
    /// <summary>A number of things: people, homes. <see cref="Figure.Unit"/> is the counted noun.</summary>
    Count,

    /// <summary>A percentage: <see cref="Figure.Unit"/> is <c>percent</c> or <c>percentage points</c>.</summary>
    Percent,

    /// <summary>A rank: "the second largest city".</summary>
    Ordinal,

    /// <summary>An amount of money: <see cref="Figure.Unit"/> is an ISO 4217 code where the text names one.</summary>
    Money,

    /// <summary>A quantity in a unit of measure or time: 10 km, 3 tonnes, three days.</summary>
    Measure,

    /// <summary>An age: "a 17-year-old".</summary>
    Age,

    /// <summary>A result such as "a 3-1 win": <see cref="Figure.Value"/> and <see cref="Figure.Upper"/> are the two sides.</summary>
    Score,

    /// <summary>A share stated as a fraction: "half", "one in five" (0.2).</summary>
    Proportion,
}
