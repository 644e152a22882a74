namespace Corpus;

/// <summary>A one-based line and column in an article file, as an editor shows them.</summary>
public readonly struct LinePosition
{
    public LinePosition(int line, int column)
    {
        Line = line;
        Column = column;
    }

    public int Line { get; }

    public int Column { get; }

    public override string ToString() => $"({Line},{Column})";
}
