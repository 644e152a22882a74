using System;
using System.Linq;
using Corpus.Extraction.Model;

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
        return Identifier.ToPascalCase(Who(speaker) + " " + LeadingWords.Of(quoteText, Words, " \t\n\r\u00A0"), "Quote");
    }

    private static string Who(SpeakerModel? speaker)
    {
        if (speaker is null) return "Unattributed";
        var words = speaker.Name.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (speaker.Kind == SpeakerKind.Person && words.Length > 0) return words[words.Length - 1];
        return string.Join(" ", words.SkipWhile(w => Leading.Contains(w, StringComparer.OrdinalIgnoreCase)));
    }
}
