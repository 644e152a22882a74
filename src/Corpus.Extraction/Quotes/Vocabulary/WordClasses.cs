using System.Runtime.CompilerServices;
using System.Threading;

namespace Corpus.Extraction.Quotes.Vocabulary;

/// <summary>
/// The <see cref="WordClass"/>es of a lower-case word, worked out once and kept: the readers test every
/// token against the same lists again and again. Keyed by the string instance, which costs no hashing of
/// characters, because the tokenizer gives every token spelled alike the same string (Text.TokenStrings);
/// another instance of a word is only classified again. A fixed number of slots bounds the memory (two
/// per hash value, so two frequent words that collide do not evict each other), and a slot holds an
/// immutable entry replaced whole, so any thread may read and write it.
/// </summary>
internal static class WordClasses
{
    private const int SlotBits = 14;

    // A slot pins its word: a long one (an address, a run of junk) would pin much memory and rarely recur.
    private const int MaxCachedLength = 32;

    private static readonly Entry?[] Slots = new Entry?[1 << SlotBits];

    public static WordClass Of(string lower)
    {
        if (lower.Length > MaxCachedLength) return Classify(lower);
        var slot = RuntimeHelpers.GetHashCode(lower) & ((1 << SlotBits) - 2);
        var recent = Volatile.Read(ref Slots[slot]);
        if (recent is not null && ReferenceEquals(recent.Word, lower)) return recent.Classes;
        var older = Volatile.Read(ref Slots[slot + 1]);
        if (older is not null && ReferenceEquals(older.Word, lower)) return older.Classes;
        var entry = new Entry(lower, Classify(lower));
        Volatile.Write(ref Slots[slot + 1], recent);
        Volatile.Write(ref Slots[slot], entry);
        return entry.Classes;
    }

    private static WordClass Classify(string lower)
    {
        var classes = WordClass.None;
        var isCue = SpeechVerbs.TryGet(lower, out var cue);
        if (isCue || lower is "according" or "quoted" or "cited" or "pointed") classes |= WordClass.CueStart;
        if (isCue && !cue.Noun) classes |= WordClass.VerbOnlyCue;
        if (FunctionWords.IsClosedClass(lower) || FunctionWords.IsDeterminer(lower)) classes |= WordClass.FunctionWord;
        if (FunctionWords.IsConnective(lower)) classes |= WordClass.Connective;
        if (FunctionWords.IsAdverb(lower)) classes |= WordClass.Adverb;
        if (TimeWords.IsTimeWord(lower)) classes |= WordClass.TimeWord;
        if (TimeWords.IsAmbiguous(lower)) classes |= WordClass.AmbiguousTimeWord;
        if (Honorifics.IsHonorific(lower)) classes |= WordClass.Honorific;
        if (RoleWords.IsRole(lower)) classes |= WordClass.Role;
        if (DescriptionWords.IsDescription(lower)) classes |= WordClass.Description;
        if (OrganisationWords.IsHead(lower)) classes |= WordClass.OrganisationHead;
        if (OrganisationWords.IsDocument(lower)) classes |= WordClass.Document;
        return classes;
    }

    private sealed class Entry
    {
        public Entry(string word, WordClass classes)
        {
            Word = word;
            Classes = classes;
        }

        public string Word { get; }

        public WordClass Classes { get; }
    }
}
