using System;
using System.Linq;
using Corpus.Extraction.Model;
using Corpus.Generator.Text;

namespace Corpus.Generator.Naming;

/// <summary>
/// Direct quotes get a member named from who said it and how it begins
/// (<c>OtunbayevaTheSituationInOshHasSpun</c>); a quote's later segments and partial or reported speech
/// get none, as there is no stable text of theirs worth naming.
/// </summary>
internal static class QuoteNames
{
    private const int Words = 5;

    private static readonly string[] Leading = { "a", "an", "the" };

    public static string BaseName(QuoteModel quote, SpeakerModel? speaker, string quoteText)
    {
        if (quote.Kind != QuoteKind.Direct || quote.Continues is not null) return "";
        return Identifier.ToPascalCase(Who(speaker) + " " + FirstWords(quoteText, Words), "Quote");
    }

    // The first words of the quote, as splitting it at spaces, tabs, line breaks and no-break spaces
    // would give them, joined by single spaces: without splitting a long quote into all its words.
    private static string FirstWords(string text, int count)
    {
        var words = StringBuilderCache.Acquire(64);
        var taken = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\u00A0')
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

    private static string Who(SpeakerModel? speaker)
    {
        if (speaker is null) return "Unattributed";
        var words = speaker.Name.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (speaker.Kind == SpeakerKind.Person && words.Length > 0) return words[words.Length - 1];
        return string.Join(" ", words.SkipWhile(w => Leading.Contains(w, StringComparer.OrdinalIgnoreCase)));
    }
}
