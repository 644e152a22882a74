using System.Collections.Generic;
using System.Threading;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Text;

/// <summary>
/// Splits a paragraph into sentences. A sentence ends at a run of terminal marks (. ! ? … ‽) and the
/// closing quotes or brackets right after it, when whitespace and then something that opens a
/// sentence follow (a capital, a digit, an opening quote or bracket), or at the end of the paragraph.
/// A comma after a closing quote is never an end. Periods after abbreviations are judged by
/// <see cref="Abbreviations"/>; after ellipses and doubtful abbreviations the next word must be one
/// that opens sentences (<see cref="SentenceStarters"/>). Each character is looked at a bounded number
/// of times, so the work is linear in the paragraph.
/// </summary>
internal static class SentenceSplitter
{
    public static bool IsTerminal(char c) => c == '.' || c == '!' || c == '?' || c == '…' || c == '‽';

    // The characters of IsTerminal, for a vectorized search.
    private static readonly char[] Terminals = { '.', '!', '?', '…', '‽' };

    public static bool IsCloser(char c) =>
        c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == '›' || c == ')' || c == ']' || c == '}';

    private static bool IsOpener(char c) =>
        c == '"' || c == '\'' || c == '“' || c == '‘' || c == '«' || c == '‹' || c == '„' || c == '‚' ||
        c == '(' || c == '[' || c == '{' || c == '¿' || c == '¡';

    public static void Split(string text, TextRange paragraph, int paragraphIndex, List<SentenceModel> sentences, CancellationToken cancellationToken)
    {
        var end = paragraph.End;
        var start = paragraph.Start;
        var i = start;
        while (i < end)
        {
            i = cancellationToken.IndexOfAny(text, Terminals, i, end);
            if (i >= end) break;

            var markStart = i;
            while (i < end && IsTerminal(text[i])) cancellationToken.Poll(++i);
            var markEnd = i;
            while (i < end && IsCloser(text[i])) cancellationToken.Poll(++i);
            var sentenceEnd = i;
            if (sentenceEnd >= end) break;
            if (!char.IsWhiteSpace(text[sentenceEnd])) continue; // "U.S", "2.5", "www.example.com", "it,”"

            var next = Whitespace.SkipForward(text, sentenceEnd, end, cancellationToken);
            if (next < end && EndsSentence(text, markStart, markEnd, sentenceEnd, next, end))
            {
                sentences.Add(new SentenceModel(TextRange.FromBounds(start, sentenceEnd), paragraphIndex));
                start = next;
            }
            i = next;
        }
        if (start < end) sentences.Add(new SentenceModel(TextRange.FromBounds(start, end), paragraphIndex));
    }

    private static bool EndsSentence(string text, int markStart, int markEnd, int sentenceEnd, int next, int end)
    {
        if (!OpensSentence(text, next, end)) return false;

        for (var i = markStart; i < markEnd; i++)
        {
            if (text[i] != '.' && text[i] != '…')
            {
                // "Why now?" Otunbayeva asked.
                var quoted = sentenceEnd > markEnd && text[sentenceEnd - 1] != ')' && text[sentenceEnd - 1] != ']';
                return !(quoted && SpeechAttribution.StartsAt(text, next, end));
            }
        }

        var ellipsis = markEnd - markStart > 1 || text[markStart] == '…';
        if (ellipsis) return OpensSentenceClearly(text, next, end);
        if (sentenceEnd > markEnd) return true; // the period closed a quotation or a parenthesis with it

        return Abbreviations.Classify(text, markStart, next) switch
        {
            PeriodEnd.No => false,
            PeriodEnd.Doubtful => OpensSentenceClearly(text, next, end),
            _ => true,
        };
    }

    private static bool OpensSentence(string text, int index, int end)
    {
        var i = index;
        while (i < end && i - index < 4 && IsOpener(text[i])) i++;
        if (i >= end) return false;
        if (i > index) return !char.IsWhiteSpace(text[i]) && !char.IsLower(text, i);
        return char.IsUpper(text, i) || char.IsDigit(text, i) || (char.IsLetter(text, i) && !char.IsLower(text, i));
    }

    private static bool OpensSentenceClearly(string text, int index, int end) =>
        IsOpener(text[index]) || SentenceStarters.StartsAt(text, index, end);
}
