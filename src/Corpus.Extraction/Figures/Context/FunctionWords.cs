using System.Collections.Generic;

namespace Corpus.Extraction.Figures.Context;

/// <summary>Closed-class words: never a counted noun, never the name in "Radio 4".</summary>
internal static class FunctionWords
{
    private static readonly HashSet<string> Words = new()
    {
        "a", "an", "the", "this", "that", "these", "those", "some", "any", "all", "each", "every", "no", "none", "both", "either", "neither",
        "another", "other", "others", "such", "only", "just", "even", "also", "still", "already", "yet", "again", "nearly", "almost", "about",
        "around", "roughly", "approximately", "over", "under", "more", "most", "less", "least", "fewer", "than", "up", "down", "out", "off",
        "of", "in", "on", "at", "to", "for", "from", "by", "with", "without", "into", "onto", "upon", "within", "after", "before", "since",
        "until", "till", "during", "between", "among", "amongst", "across", "through", "throughout", "against", "toward", "towards", "via",
        "per", "like", "as", "near", "beyond", "above", "below", "behind", "beside", "besides", "despite", "except", "including", "plus",
        "and", "or", "but", "nor", "so", "if", "then", "when", "while", "where", "whereas", "because", "though", "although", "unless",
        "whether", "which", "who", "whom", "whose", "what", "how", "why",
        "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "it", "its", "they", "them", "their",
        "is", "was", "are", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did", "will", "would",
        "shall", "should", "can", "could", "may", "might", "must", "not", "there", "here", "now", "very", "too", "well", "said", "says",
        "say", "told", "according", "reportedly", "officially", "total", "totalling", "totaling", "whole", "entire", "respectively",
        "at least", "exactly", "precisely", "just", "barely", "merely", "fully", "some", "maybe", "perhaps", "possibly", "probably",
        "another", "further", "additional", "extra", "last", "next", "first", "top", "bottom", "latest", "past",
        "overnight", "today", "yesterday", "tomorrow", "tonight", "ago", "earlier", "later", "apiece", "alone", "abroad", "nationwide",
        "worldwide", "altogether", "annually", "daily", "weekly", "monthly", "yearly", "instead", "too", "either", "each",
    };

    public static bool Contains(string? lower) => lower is not null && Words.Contains(lower);
}
