using System;
using System.Collections.Generic;

namespace Corpus.Extraction.Text;

/// <summary>
/// Words that open sentences but seldom follow an abbreviation inside one: articles, pronouns,
/// conjunctions, prepositions and sentence adverbs. After "U.S." a capitalized word is usually a name
/// ("U.S. Army"); one of these is usually a new sentence ("... in the U.S. The president ...").
/// </summary>
internal static class SentenceStarters
{
    private const int MaxWord = 16;

    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "A", "An", "The", "This", "That", "These", "Those", "There", "Here", "Then", "Now", "Today", "Yesterday",
        "Tomorrow", "Tonight", "It", "Its", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our",
        "My", "Your", "But", "And", "Or", "So", "Yet", "Nor", "For", "In", "On", "At", "As", "After", "Before",
        "When", "While", "Where", "Whether", "If", "Although", "Though", "Since", "Because", "However",
        "Meanwhile", "Earlier", "Later", "Also", "Still", "Instead", "Moreover", "Furthermore", "Nevertheless",
        "Nonetheless", "Thus", "Therefore", "Indeed", "Some", "Many", "Most", "Much", "Few", "Both", "All",
        "Each", "Every", "Several", "Such", "Other", "Others", "Another", "No", "Not", "None", "Nothing", "What",
        "Who", "Which", "Why", "How", "According", "Despite", "During", "Under", "Over", "With", "Without",
        "From", "By", "To", "Of", "Among", "Between", "Against", "Until", "Amid", "Last", "Next", "Finally",
        "Only", "Even", "Yes", "Once",
    };

    /// <summary>Whether the word at <paramref name="index"/> is one of the sentence-opening words.</summary>
    public static bool StartsAt(string text, int index, int limit)
    {
        var end = index;
        while (end < limit && end - index <= MaxWord && char.IsLetter(text[end])) end++;
        if (end == index || end - index > MaxWord) return false;
        if (end < limit && (char.IsLetterOrDigit(text[end]) || text[end] == '.')) return false;
        return Words.Contains(text.Substring(index, end - index));
    }
}
