using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Tests.Quotes;

/// <summary>
/// Precision, recall and F1 of quote spans (a prediction matches an expected quote when their spans
/// overlap by at least half of their union, one to one, best overlaps first), and of the matched quotes
/// the share with the right kind, speaker and medium.
/// </summary>
internal sealed class QuoteScore
{
    public int Expected { get; private set; }
    public int Predicted { get; private set; }
    public int Matched { get; private set; }
    public int KindRight { get; private set; }
    public int SpeakerExpected { get; private set; }
    public int SpeakerRight { get; private set; }
    public int ViaExpected { get; private set; }
    public int ViaRight { get; private set; }
    public List<string> Misses { get; } = new();

    public double Precision => Predicted == 0 ? 1 : (double)Matched / Predicted;
    public double Recall => Expected == 0 ? 1 : (double)Matched / Expected;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public double KindAccuracy => Matched == 0 ? 1 : (double)KindRight / Matched;
    public double SpeakerAccuracy => SpeakerExpected == 0 ? 1 : (double)SpeakerRight / SpeakerExpected;
    public double ViaAccuracy => ViaExpected == 0 ? 1 : (double)ViaRight / ViaExpected;

    public void Add(QuoteSetCase example, ArticleQuotes result)
    {
        var text = example.Text;
        Expected += example.Expected.Count;
        Predicted += result.Quotes.Count;
        var pairs = new List<(double Overlap, int Gold, int Predicted)>();
        for (var g = 0; g < example.Expected.Count; g++)
        {
            for (var p = 0; p < result.Quotes.Count; p++)
            {
                var overlap = Overlap(example.Expected[g].Range, result.Quotes[p].Range);
                if (overlap >= 0.5) pairs.Add((overlap, g, p));
            }
        }
        var goldUsed = new bool[example.Expected.Count];
        var predictedUsed = new bool[result.Quotes.Count];
        foreach (var (_, g, p) in pairs.OrderByDescending(x => x.Overlap).ThenBy(x => x.Gold).ThenBy(x => x.Predicted))
        {
            if (goldUsed[g] || predictedUsed[p]) continue;
            goldUsed[g] = predictedUsed[p] = true;
            Matched++;
            var gold = example.Expected[g];
            var quote = result.Quotes[p];
            if (gold.Kind == quote.Kind) KindRight++;
            else Misses.Add($"{example.Id}: kind {quote.Kind} for {gold.Kind} [{gold.Spec}]");
            if (gold.Speaker != "-")
            {
                SpeakerExpected++;
                if (SameSpeaker(gold.Speaker, quote.Speaker, result)) SpeakerRight++;
                else Misses.Add($"{example.Id}: speaker '{quote.Speaker ?? "-"}' for '{gold.Speaker}' [{gold.Spec}]");
            }
            if (gold.Via is not null)
            {
                ViaExpected++;
                if (quote.Via is not null && SameSpeaker(gold.Via, quote.Via, result)) ViaRight++;
                else Misses.Add($"{example.Id}: via '{quote.Via ?? "-"}' for '{gold.Via}' [{gold.Spec}]");
            }
        }
        for (var g = 0; g < goldUsed.Length; g++)
        {
            if (!goldUsed[g]) Misses.Add($"{example.Id}: missed {example.Expected[g].Kind} [{example.Expected[g].Spec}]");
        }
        for (var p = 0; p < predictedUsed.Length; p++)
        {
            if (!predictedUsed[p]) Misses.Add($"{example.Id}: extra {result.Quotes[p].Kind} [{text.Substring(result.Quotes[p].Range.Start, result.Quotes[p].Range.Length)}]");
        }
    }

    private static double Overlap(TextRange a, TextRange b)
    {
        var intersection = Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start);
        if (intersection <= 0) return 0;
        var union = Math.Max(a.End, b.End) - Math.Min(a.Start, b.Start);
        return (double)intersection / union;
    }

    // The predicted speaker's name (or one of its aliases) is the expected one, ignoring case, "the" and
    // punctuation; or one contains the other word for word ("Otunbayeva" in "Rosa Otunbayeva").
    private static bool SameSpeaker(string expected, string? predicted, ArticleQuotes result)
    {
        if (predicted is null) return false;
        var gold = Normalize(expected);
        var names = new List<string> { predicted };
        var model = result.Speakers.FirstOrDefault(s => s.Name == predicted);
        if (model is not null) names.AddRange(model.Aliases);
        foreach (var name in names)
        {
            var candidate = Normalize(name);
            if (candidate == gold || (" " + candidate + " ").Contains(" " + gold + " ") || (" " + gold + " ").Contains(" " + candidate + " ") && candidate.Length > 2)
                return true;
        }
        return false;
    }

    private static string Normalize(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in name.ToLowerInvariant().Replace('\u2019', '\''))
        {
            if (char.IsLetterOrDigit(c) || c == '\'' || c == '-') builder.Append(c);
            else builder.Append(' ');
        }
        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[0] is "the" or "a" or "an") words.RemoveAt(0);
        return string.Join(" ", words);
    }

    public string Summary() =>
        $"quotes: expected {Expected}, predicted {Predicted}, matched {Matched}; precision {Precision:0.000}, recall {Recall:0.000}, F1 {F1:0.000}\n" +
        $"kind accuracy {KindAccuracy:0.000} ({KindRight}/{Matched}); speaker accuracy {SpeakerAccuracy:0.000} ({SpeakerRight}/{SpeakerExpected}); via accuracy {ViaAccuracy:0.000} ({ViaRight}/{ViaExpected})";
}
