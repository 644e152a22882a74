using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Corpus.Extraction.People;

/// <summary>
/// Comparable forms of names: case, diacritics, apostrophe and hyphen styles folded away; organisation
/// names without "the", a possessive or an outlet's generic tail ("ITAR-TASS news agency" and "Itar-Tass"
/// are both "itar-tass"), and "Ministry of Defence" read as "defence ministry".
/// </summary>
internal static class NameKeys
{
    private static readonly HashSet<string> GenericTails = new(StringComparer.Ordinal)
    {
        "news", "agency", "newspaper", "daily", "tv", "television", "radio", "channel", "broadcaster", "wire",
        "service", "website", "magazine", "weekly",
    };

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return false;
        }
        return true;
    }

    public static string Fold(string text)
    {
        // Most names are ASCII: they have no marks to strip, and only case and the backtick to fold.
        if (FoldsAsAscii(text, out var unchanged)) return unchanged ? text : text.ToLowerInvariant().Replace('`', '\'');

        // Normalize throws on a lone surrogate, which an editor buffer can hold; such a name folds as written.
        var decomposed = IsWellFormed(text) ? text.Normalize(NormalizationForm.FormD) : text;
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(c switch
            {
                '\u2019' or '\u2018' or '`' or '\u00B4' => '\'',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' => '-',
                _ => char.ToLowerInvariant(c),
            });
        }
        return builder.ToString();
    }

    private static bool FoldsAsAscii(string text, out bool unchanged)
    {
        unchanged = true;
        foreach (var c in text)
        {
            if (c > '\u007F') return false;
            if (c is (>= 'A' and <= 'Z') or '`') unchanged = false;
        }
        return true;
    }

    public static string Person(string surname)
    {
        var folded = Fold(surname);
        if (folded.EndsWith("'s", StringComparison.Ordinal)) folded = folded.Substring(0, folded.Length - 2);
        return folded.TrimEnd('\'', '.');
    }

    public static string Organisation(string name)
    {
        var words = new List<string>(Fold(name).Split(new[] { ' ', '\t', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries));
        if (words.Count > 1 && words[0] == "the") words.RemoveAt(0);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.EndsWith("'s", StringComparison.Ordinal)) words[i] = word.Substring(0, word.Length - 2);
            words[i] = words[i].Trim('.', ',', '(', ')', '\'');
        }
        words.RemoveAll(w => w.Length == 0);
        while (words.Count > 1 && GenericTails.Contains(words[words.Count - 1])) words.RemoveAt(words.Count - 1);
        // "ministry of defence" -> "defence ministry"
        if (words.Count >= 3 && words[1] == "of" && words[0] is "ministry" or "department" or "office" or "bank")
        {
            var head = words[0];
            words.RemoveRange(0, 2);
            words.Add(head);
        }
        return string.Join(" ", words);
    }

    /// <summary>Whether two given names can be the same person's: equal, an initial of the other, or a transliteration (same initial, small edit distance).</summary>
    public static bool GivenCompatible(string? a, string? b) => GivenKeysCompatible(GivenKey(a), GivenKey(b));

    /// <summary>The form of a given name that <see cref="GivenKeysCompatible"/> compares: folded, without a trailing period; "" for none.</summary>
    public static string GivenKey(string? given) => string.IsNullOrEmpty(given) ? "" : Fold(given!).TrimEnd('.');

    /// <summary><see cref="GivenCompatible"/> of two <see cref="GivenKey"/>s: a blank key is compatible with any.</summary>
    public static bool GivenKeysCompatible(string x, string y)
    {
        if (x.Length == 0 || y.Length == 0) return true;
        if (x[0] != y[0]) return false;
        if (x.Length == 1 || y.Length == 1) return true;
        var allowed = Math.Min(x.Length, y.Length) >= 6 ? 2 : 1;
        return EditDistance(x, y, allowed) <= allowed;
    }

    [ThreadStatic]
    private static int[]? t_previous;

    [ThreadStatic]
    private static int[]? t_current;

    // Rows of names longer than this are not kept for the thread's life.
    private const int LongestKeptRow = 256;

    private static int[] Row(ref int[]? kept, int length)
    {
        if (kept is not null && kept.Length >= length) return kept;
        var row = new int[length];
        if (length <= LongestKeptRow) kept = row;
        return row;
    }

    /// <summary>Levenshtein distance, or <paramref name="max"/> + 1 as soon as it must exceed it.</summary>
    public static int EditDistance(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        // The thread's two rows, not two arrays per comparison: resolving speakers compares names often.
        var previous = Row(ref t_previous, b.Length + 1);
        var current = Row(ref t_current, b.Length + 1);
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                best = Math.Min(best, current[j]);
            }
            if (best > max) return max + 1;
            var row = previous;
            previous = current;
            current = row;
        }
        return previous[b.Length];
    }
}
