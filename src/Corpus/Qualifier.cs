namespace Corpus;

/// <summary>How a figure's <see cref="Figure.Value"/> relates to the true number.</summary>
public enum Qualifier
{
    Exact,

    /// <summary>"more than 60", "over 800".</summary>
    MoreThan,

    /// <summary>"at least 85".</summary>
    AtLeast,

    /// <summary>"about", "nearly", "some".</summary>
    About,

    /// <summary>"fewer than", "under".</summary>
    LessThan,

    /// <summary>"up to", "at most".</summary>
    AtMost,

    /// <summary>"dozens", "thousands of": the value is the least the words allow.</summary>
    Vague,
}
