using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Extraction.People;

/// <summary>
/// The surnames of a corpus's named people, looked up by the surnames that name the same person: the
/// same surname, or a transliteration of a long one, one letter apart (Otunbayeva, Otunbaeva). Two
/// surnames one edit apart share a key among themselves and their one-letter deletions, so each surname
/// is filed under those keys and candidates are found by lookup instead of by comparing every pair.
/// </summary>
internal sealed class SurnameIndex
{
    // A short surname one letter off is another name (Berg, Borg); a long one is a spelling.
    private const int TransliteratedLength = 7;

    private readonly HashSet<string> _surnames;
    private readonly Dictionary<string, List<string>> _byDeletion = new(StringComparer.Ordinal);

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

    // The surname and each distinct string one letter shorter.
    private static IEnumerable<string> Deletions(string surname)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal) { surname };
        for (var i = 0; i < surname.Length; i++) keys.Add(surname.Remove(i, 1));
        return keys;
    }
}
