using System.Linq;
using System.Threading;
using Corpus.Shared;

namespace Corpus.Extraction.Text;

/// <summary>
/// Shares the strings of tokens: the same few thousand words recur in every article, so a token's
/// string is looked up by its characters instead of cut out of the text and lower-cased each time.
/// A fixed number of slots keeps the memory bounded whatever the input: each hash value has two, the
/// last two token strings hashed to it (so two frequent words that collide do not evict each other),
/// and a miss only costs the allocation the lookup saves. Safe on any thread: a slot holds an immutable
/// entry, replaced whole.
/// </summary>
internal static class TokenStrings
{
    // Longer tokens (URLs, long numbers) rarely repeat and would pin large strings.
    private const int MaxSharedLength = 32;
    private const int SlotBits = 14;

    private static readonly TokenString?[] Slots = new TokenString?[1 << SlotBits];

    // Punctuation and single letters: the most frequent tokens, found without hashing.
    private static readonly TokenString[] AsciiCharacters = Enumerable.Range(0, 128).Select(c => new TokenString(((char)c).ToString())).ToArray();

    public static TokenString Of(string text, int start, int length)
    {
        if (length > MaxSharedLength) return new TokenString(text.Substring(start, length));
        if (length == 1 && text[start] < AsciiCharacters.Length) return AsciiCharacters[text[start]];
        var end = start + length;
        // Two characters a step: the hash only picks a slot, and a word's hashing was most of its look-up.
        var hash = Fnv1a.Basis;
        var i = start;
        for (; i + 1 < end; i += 2) hash = Fnv1a.Step(hash, text[i] | ((uint)text[i + 1] << 16));
        if (i < end) hash = Fnv1a.Step(hash, text[i]);
        var slot = (int)(unchecked(hash * 2654435769u) >> (32 - SlotBits)) & ~1;
        var recent = Volatile.Read(ref Slots[slot]);
        if (recent is not null && IsSpelled(recent.Text, text, start, length)) return recent;
        var older = Volatile.Read(ref Slots[slot + 1]);
        if (older is not null && IsSpelled(older.Text, text, start, length)) return older;
        var entry = new TokenString(text.Substring(start, length));
        Volatile.Write(ref Slots[slot + 1], recent);
        Volatile.Write(ref Slots[slot], entry);
        return entry;
    }

    // A plain loop: the strings are short, and string.CompareOrdinal's checks cost more than the compare.
    private static bool IsSpelled(string shared, string text, int start, int length)
    {
        if (shared.Length != length) return false;
        for (var k = 0; k < length; k++)
        {
            if (shared[k] != text[start + k]) return false;
        }
        return true;
    }
}
