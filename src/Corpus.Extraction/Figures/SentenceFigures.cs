using System.Collections.Generic;
using System.Threading;
using Corpus.Extraction.Figures.Context;
using Corpus.Extraction.Figures.Exclusions;
using Corpus.Extraction.Figures.Numbers;
using Corpus.Extraction.Figures.Scanning;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Figures;

/// <summary>
/// The figures of one sentence: find the numbers, drop the ones that are not quantities, read the words
/// attached to each, join ranges and compound amounts, then find what each count counts and what happened to it.
/// </summary>
internal static class SentenceFigures
{
    public static void Read(string text, TextRange sentence, int sentenceIndex, QuoteIndex quotes, List<FigureModel> output, CancellationToken cancellationToken)
    {
        if (!NumberFreeText.MayHoldNumber(text, sentence.Start, sentence.End)) return;
        var tokens = Tokenizer.Tokenize(text, sentence.Start, sentence.End, cancellationToken);
        if (tokens.Count == 0) return;
        var blocked = new bool[tokens.Count];
        Urls.Block(tokens, blocked);

        var mentions = NumberScanner.Scan(tokens, blocked, cancellationToken);
        var kept = new List<NumberMention>(mentions.Count);
        NumberMention? previousExcluded = null;
        var previousPhone = false;
        var previousReference = false;
        foreach (var mention in mentions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (IsExcluded(tokens, mention, previousExcluded, previousPhone, previousReference))
            {
                previousPhone = Designators.IsPhoneNumber(tokens, mention) || (previousPhone && previousExcluded!.Last + 1 == mention.First);
                previousReference = Designators.IsReference(tokens, mention) || (previousReference && ContinuesList(tokens, previousExcluded!, mention));
                previousExcluded = mention;
                continue;
            }
            previousPhone = false;
            previousReference = false;
            kept.Add(mention);
        }

        var claimed = new bool[tokens.Count];
        var figures = new List<FigureCandidate>(kept.Count);
        foreach (var mention in kept)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // "4km^3": the 3 belongs to the unit an earlier figure read.
            if (claimed[mention.First]) continue;
            var figure = Attachments.Read(tokens, mention, claimed);
            // "747s", "5G", "13F": letters glued to the number that no rule read make it a code.
            if (figure.Last == mention.Last && tokens.Touches(mention.Last) && tokens.IsWord(mention.Last + 1)) continue;
            figures.Add(figure);
        }

        MoneyCompounds.Combine(tokens, figures);
        Ranges.Combine(tokens, figures);
        foreach (var figure in figures)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!figure.Dropped) ReadCounted(tokens, figure);
        }
        Changes.Propagate(tokens, figures);

        foreach (var figure in figures)
        {
            if (figure.Dropped) continue;
            var range = TextRange.FromBounds(tokens[figure.First].Start, tokens[figure.Last].End);
            output.Add(new FigureModel(
                figure.Kind,
                range,
                Normalize(figure.Value),
                figure.Upper is { } upper ? Normalize(upper) : null,
                figure.Qualifier,
                figure.Unit,
                figure.Counts,
                quotes.Of(range),
                sentenceIndex));
        }
    }

    private static bool IsExcluded(TokenStream t, NumberMention m, NumberMention? previousExcluded, bool previousPhone, bool previousReference)
    {
        // "Boeing 747-400", "1-800-555", "+44 20 7946 0018": digits joined to an excluded number share its fate.
        if (previousExcluded is not null && previousExcluded.FromDigits && m.FromDigits)
        {
            if (m.IsPlainDigits && previousExcluded.Last + 2 == m.First && t.IsAnyOf(m.First - 1, "-–/") && t.Touches(m.First - 1) && t.Touches(previousExcluded.Last)) return true;
            if (previousPhone && previousExcluded.Last + 1 == m.First && t.Gap(previousExcluded.Last) == 1) return true;
        }
        // "junctions 10 and 11", "pages 5-7": the rest of a list of references.
        if (previousExcluded is not null && previousReference && ContinuesList(t, previousExcluded, m)) return true;
        return Calendar.IsCalendar(t, m)
            || Designators.IsDesignator(t, m)
            || PronounOne.IsPronoun(t, m)
            || BareFractions.IsNotAShare(t, m)
            || OrdinalUses.IsNotARank(t, m);
    }

    private static bool ContinuesList(TokenStream t, NumberMention previous, NumberMention m) =>
        m.IsPlainDigits == previous.IsPlainDigits && m.IsInteger
        && (m.First == previous.Last + 2 && (t.IsAnyOf(previous.Last + 1, ",-–") || t.Word(previous.Last + 1) is "and" or "or" or "to"));

    private static void ReadCounted(TokenStream t, FigureCandidate figure)
    {
        if (figure.Kind is not (FigureKind.Count or FigureKind.Ordinal or FigureKind.Proportion)) return;
        if (figure.HasUnitWords) return;
        var skipOf = figure.Qualifier == Qualifier.Vague || figure.Kind == FigureKind.Proportion;
        var noun = CountedNouns.Find(t, figure.NounSearchFrom, skipOf, out var end);
        // "Three of the victims": the noun of a partitive.
        if (noun is null && !skipOf && t.IsWord(figure.NounSearchFrom, "of")) noun = CountedNouns.Find(t, figure.NounSearchFrom, skipOf: true, out end);
        if (figure.Kind != FigureKind.Count)
        {
            figure.Unit = noun;
            return;
        }
        // "27 missing villagers", "five dead soldiers": what happened comes first, then the noun.
        var before = Casualties.Before(t, figure.NounSearchFrom);
        if (before is not null && noun is null)
        {
            noun = CountedNouns.Find(t, figure.NounSearchFrom + 1, skipOf: false, out end);
        }
        figure.Counts = before ?? Casualties.FromRight(t, end) ?? Casualties.FromLeft(t, figure.First);
        figure.Unit = figure.Counts is not null && noun is null or "others" ? "people" : noun;
    }

    /// <summary>2500000.0 → 2500000: the scale of a decimal is how it was computed, not part of the value.</summary>
    private static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;
}
