using Corpus.Generator.Text;

namespace Corpus.Generator.Naming;

/// <summary>The first words of a text, as a name is made of them.</summary>
internal static class LeadingWords
{
    /// <summary>
    /// The first <paramref name="count"/> words of <paramref name="text"/>, split at any of
    /// <paramref name="separators"/> and joined by single spaces: what splitting the whole text and
    /// joining the first words would give, without splitting a long quote into all its words.
    /// </summary>
    public static string Of(string text, int count, string separators)
    {
        var words = StringBuilderCache.Acquire(64);
        var taken = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (separators.IndexOf(c) >= 0)
            {
                inWord = false;
                continue;
            }
            if (!inWord)
            {
                if (taken == count) break;
                if (taken > 0) words.Append(' ');
                taken++;
                inWord = true;
            }
            words.Append(c);
        }
        return StringBuilderCache.ToStringAndRelease(words);
    }
}
