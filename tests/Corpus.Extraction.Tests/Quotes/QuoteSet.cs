using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Tests.Quotes;

/// <summary>
/// The annotated examples of quote-set.txt and its siblings (format described at the top of that file).
/// Shared with bench/Corpus.Accuracy (its quotes mode), so it depends on nothing of the test project.
/// </summary>
internal sealed record QuoteSetCase(string Id, string Style, string Text, IReadOnlyList<ExpectedQuote> Expected);

internal sealed record ExpectedQuote(QuoteKind Kind, TextRange Range, string Speaker, string? Via, string Spec);

internal static class QuoteSet
{
    public const string Tuning = "quote-set.txt";
    public const string Holdout = "quote-holdout.txt";
    public const string Fresh = "quote-fresh.txt";

    public static readonly string[] All = { Tuning, Holdout, Fresh };

    /// <summary>Where the sets are, from the repository's root.</summary>
    public static string PathOf(string repoRoot, string file) => Path.Combine(repoRoot, "tests", "Corpus.Extraction.Tests", "Quotes", file);

    public static IReadOnlyList<QuoteSetCase> Load(string path)
    {
        var cases = new List<QuoteSetCase>();
        var lines = File.ReadAllLines(path);
        var i = 0;
        while (i < lines.Length)
        {
            if (!lines[i].StartsWith("=== ", StringComparison.Ordinal))
            {
                i++;
                continue;
            }
            var header = lines[i].Substring(4);
            var space = header.IndexOf(' ');
            var id = space < 0 ? header : header.Substring(0, space);
            var style = space < 0 ? "" : header.Substring(space + 1);
            i++;
            var body = new List<string>();
            while (i < lines.Length && lines[i] != "---") body.Add(lines[i++]);
            i++;
            var text = string.Join("\n", body).Trim('\n');
            var expected = new List<ExpectedQuote>();
            var used = new HashSet<TextRange>();
            while (i < lines.Length && !lines[i].StartsWith("=== ", StringComparison.Ordinal))
            {
                var line = lines[i++];
                if (line.Trim().Length == 0 || line.StartsWith("#", StringComparison.Ordinal)) continue;
                var fields = line.Split('|').Select(f => f.Trim()).ToArray();
                if (fields.Length < 3) throw new InvalidDataException($"{id}: bad expected line '{line}'");
                var kind = fields[0] switch
                {
                    "D" => QuoteKind.Direct,
                    "P" => QuoteKind.Partial,
                    "I" => QuoteKind.Indirect,
                    _ => throw new InvalidDataException($"{id}: bad kind '{fields[0]}'"),
                };
                var range = Locate(text, fields[1], used) ?? throw new InvalidDataException($"{id}: '{fields[1]}' is not in the text");
                used.Add(range);
                expected.Add(new ExpectedQuote(kind, range, fields[2], fields.Length > 3 && fields[3].Length > 0 ? fields[3] : null, fields[1]));
            }
            cases.Add(new QuoteSetCase(id, style, text, expected));
        }
        return cases;
    }

    private static TextRange? Locate(string text, string spec, HashSet<TextRange> used)
    {
        var dots = spec.IndexOf(" ... ", StringComparison.Ordinal);
        var from = 0;
        while (true)
        {
            int start, end;
            if (dots >= 0)
            {
                var head = spec.Substring(0, dots);
                var tail = spec.Substring(dots + 5);
                start = text.IndexOf(head, from, StringComparison.Ordinal);
                if (start < 0) return null;
                var tailStart = text.IndexOf(tail, start + head.Length, StringComparison.Ordinal);
                if (tailStart < 0) return null;
                end = tailStart + tail.Length;
            }
            else
            {
                start = text.IndexOf(spec, from, StringComparison.Ordinal);
                if (start < 0) return null;
                end = start + spec.Length;
            }
            var range = TextRange.FromBounds(start, end);
            if (!used.Contains(range)) return range;
            from = start + 1;
        }
    }
}
