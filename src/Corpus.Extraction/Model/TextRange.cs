namespace Corpus.Extraction.Model;

/// <summary>A range of UTF-16 code units in an article's decoded text.</summary>
public readonly record struct TextRange(int Start, int Length)
{
    public int End => Start + Length;

    public static TextRange FromBounds(int start, int end) => new(start, end - start);

    public bool Contains(TextRange other) => other.Start >= Start && other.End <= End;

    public override string ToString() => $"[{Start}..{End})";
}
