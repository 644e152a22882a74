namespace Corpus.Extraction.Text;

/// <summary>How many words a name has, as the fullest of a speaker's names is chosen.</summary>
internal static class NameWords
{
    /// <summary>As many as <c>name.Split(' ')</c> gives, without making them.</summary>
    public static int Count(string name)
    {
        var words = 1;
        foreach (var c in name)
        {
            if (c == ' ') words++;
        }
        return words;
    }
}
