namespace Corpus.Extraction.Figures.Numbers;

internal enum MentionForm
{
    Cardinal,
    Ordinal,

    /// <summary>A fraction or ratio: "two thirds", "3/4", "one in five". The value is the fraction.</summary>
    Fraction,

    /// <summary>"dozens", "thousands", "tens of thousands": the value is the least the words allow.</summary>
    Vague,
}

/// <summary>A number found in a sentence, before its context (unit, qualifier, currency) is read.</summary>
internal sealed class NumberMention
{
    public NumberMention(int first, int last, decimal value, MentionForm form)
    {
        First = first;
        Last = last;
        Value = value;
        Form = form;
    }

    /// <summary>First token, including a sign or "minus".</summary>
    public int First { get; set; }

    /// <summary>Last token, including a multiplier ("bn", "million") or ordinal suffix.</summary>
    public int Last { get; set; }

    public decimal Value { get; set; }

    public MentionForm Form { get; set; }

    /// <summary>Written in digits (possibly with worded scales: "2.5 million").</summary>
    public bool FromDigits { get; set; }

    public NumeralShape Shape { get; set; }

    /// <summary>The integer digits as written, for digit numbers.</summary>
    public string IntegerDigits { get; set; } = "";

    /// <summary>A scale word or abbreviation multiplied the number.</summary>
    public bool Scaled { get; set; }

    public bool Negative { get; set; }

    /// <summary>"half" or "quarter" with no number of its own.</summary>
    public bool BareFraction { get; set; }

    /// <summary>"one in five", "2 out of 3", "one over three".</summary>
    public bool Ratio { get; set; }

    /// <summary>A digit number with no separators, decimals, suffix or scale: candidates for years and designators.</summary>
    public bool IsPlainDigits => FromDigits && !Scaled && !Negative && (Shape == NumeralShape.Plain || Shape == NumeralShape.LeadingZero) && Form == MentionForm.Cardinal;

    public bool IsInteger => Value == decimal.Truncate(Value);

    public override string ToString() => $"{Value} {Form} [{First}..{Last}]";
}
