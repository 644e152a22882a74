using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Extraction.People;

/// <summary>
/// The surnames of a corpus's named people, looked up by the surnames that name the same person: the
/// same surname, or a transliteration of a long one, one letter apart (Otunbayeva, Otunbaeva). Two
/// surnames one edit apart share a key among themselves and their one-letter deletions, so each surname
/// is filed under those keys and candidates are found by lookup instead of by comparing every pair. A key
/// is a hash of the shortened surname, made without the string: every candidate is compared anyway, so
/// a collision costs a comparison, never a match.
/// </summary>
internal sealed class SurnameIndex
{
    // A short surname one letter off is another name (Berg, Borg); a long one is a spelling.
    private const int TransliteratedLength = 7;

    private readonly HashSet<string> _surnames;
    private readonly Dictionary<ulong, List<string>> _byDeletion = new();

    public SurnameIndex(IEnumerable<string> surnames)
    {
        _surnames = new HashSet<string>(surnames, StringComparer.Ordinal);
        foreach (var surname in _surnames.Where(s => s.Length >= TransliteratedLength))
        {
            foreach (var key in Deletions(surname))
            {
                if (!_byDeletion.TryGetValue(key, out var filed)) _byDeletion[key] = filed = new List<string>();
                filed.Add(surname);
            }
        }
    }

    /// <summary>How many pairs of surnames were compared: the measure of the index's work.</summary>
    public int Comparisons { get; private set; }

    /// <summary>The indexed surnames that <see cref="Same"/> accepts with <paramref name="surname"/>, itself included if indexed.</summary>
    public List<string> Matches(string surname)
    {
        var matches = new List<string>();
        if (_surnames.Contains(surname)) matches.Add(surname);
        if (surname.Length < TransliteratedLength) return matches;
        var compared = new HashSet<string>(StringComparer.Ordinal) { surname };
        foreach (var key in Deletions(surname))
        {
            if (!_byDeletion.TryGetValue(key, out var filed)) continue;
            foreach (var candidate in filed)
            {
                if (!compared.Add(candidate)) continue;
                Comparisons++;
                if (Same(surname, candidate)) matches.Add(candidate);
            }
        }
        return matches;
    }

    /// <summary>
    /// Whether two folded surnames name the same person: equal, or long and one edit apart past their
    /// first two letters, which a transliteration keeps (the linker has always compared only surnames
    /// that begin alike, and the people of a corpus must not change with its speed).
    /// </summary>
    public static bool Same(string a, string b)
    {
        if (a == b) return true;
        return a.Length >= TransliteratedLength && b.Length >= TransliteratedLength
            && a[0] == b[0] && a[1] == b[1]
            && NameKeys.EditDistance(a, b, 1) <= 1;
    }

    // The hashes of the surname and of each string one letter shorter, each once.
    private static List<ulong> Deletions(string surname)
    {
        var keys = new List<ulong>(surname.Length + 1) { Hash(surname, -1) };
        for (var i = 0; i < surname.Length; i++)
        {
            // Deleting either letter of a double letter gives one string.
            if (i > 0 && surname[i] == surname[i - 1]) continue;
            keys.Add(Hash(surname, i));
        }
        return keys;
    }

    // FNV-1a of the string the surname is without the character at skipped (all of it when negative).
    private static ulong Hash(string surname, int skipped)
    {
        var hash = 14695981039346656037UL;
        for (var i = 0; i < surname.Length; i++)
        {
            if (i == skipped) continue;
            hash = (hash ^ surname[i]) * 1099511628211UL;
        }
        return hash;
    }
}
