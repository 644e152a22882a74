using System;
using System.Collections.Generic;

namespace Corpus.Extraction.Quotes.Vocabulary;

/// <summary>
/// Closed-class English words. They bound noun phrases (a speaker's name never runs through "of the"
/// or "has"), mark finite clauses, and are skipped between a speaker and the verb ("had", "also").
/// </summary>
internal static class FunctionWords
{
    private static readonly HashSet<string> DefiniteDeterminers = Set(
        "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your");

    private static readonly HashSet<string> Determiners = Set(
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
        "some", "several", "many", "most", "all", "both", "each", "every", "any", "no", "another", "few",
        "various", "numerous", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "dozens", "hundreds", "thousands", "other");

    private static readonly HashSet<string> Prepositions = Set(
        "about", "above", "across", "after", "against", "along", "amid", "amidst", "among", "around", "as", "at",
        "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond", "by", "despite", "down",
        "during", "except", "for", "from", "in", "inside", "into", "like", "near", "of", "off", "on", "onto",
        "out", "outside", "over", "past", "since", "through", "throughout", "to", "toward", "towards", "under",
        "until", "till", "up", "upon", "via", "with", "within", "without", "per", "than", "including");

    private static readonly HashSet<string> Conjunctions = Set(
        "and", "but", "or", "nor", "so", "yet", "because", "although", "though", "while", "whereas", "if",
        "unless", "when", "whenever", "where", "whether", "that", "which", "who", "whom", "whose", "what", "how",
        "why", "once", "after", "before", "as", "since", "until", "then", "plus");

    private static readonly HashSet<string> BeForms = Set("be", "is", "are", "was", "were", "been", "being", "am", "'s");

    private static readonly HashSet<string> Auxiliaries = Set(
        "be", "is", "are", "was", "were", "been", "being", "am", "has", "have", "had", "having", "do", "does", "did",
        "will", "would", "shall", "should", "can", "could", "may", "might", "must", "ought", "wo", "ca");

    // Words that may sit between a speaker and the speech verb: "Ms. Otunbayeva had also said".
    private static readonly HashSet<string> Adverbs = Set(
        "also", "later", "then", "earlier", "again", "previously", "repeatedly", "once", "just", "still", "further",
        "even", "not", "never", "reportedly", "publicly", "privately", "recently", "separately", "first", "quickly",
        "simply", "firmly", "already", "since", "often", "always", "frequently", "subsequently", "initially",
        "finally", "however", "meanwhile", "too", "now", "today", "yesterday", "afterwards", "afterward", "only",
        "flatly", "angrily", "bluntly", "openly", "immediately", "last", "herself", "himself", "themselves", "itself");

    private static readonly HashSet<string> SubjectPronouns = Set("he", "she", "they", "it", "we", "i", "you");

    private static readonly HashSet<string> ObjectPronouns = Set(
        "him", "her", "them", "it", "us", "me", "you", "this", "that", "these", "those", "himself", "herself",
        "themselves", "itself", "nothing", "something", "anything", "everything", "everyone", "nobody", "somebody");

    // Sentence openers that are capitalised only because they start the sentence.
    private static readonly HashSet<string> Connectives = Set(
        "but", "and", "however", "meanwhile", "earlier", "later", "still", "also", "separately", "moreover",
        "furthermore", "yet", "so", "now", "then", "instead", "nonetheless", "nevertheless", "indeed", "besides",
        "additionally", "similarly", "likewise", "elsewhere", "overall", "finally", "first", "second", "third",
        "today", "yesterday", "tonight", "thus", "hence", "or", "while", "when", "as", "after", "before",
        "although", "though", "because", "if", "since", "until", "once", "last", "this", "next", "both", "in",
        "on", "at", "for", "with", "by", "from", "during", "following", "despite", "according", "asked",
        "speaking", "amid", "among", "under", "over", "there", "here", "it", "its", "his", "her", "their", "our",
        "my", "your", "what", "why", "how", "where", "who", "which", "that", "these", "those", "such", "all",
        "some", "many", "most", "no", "not", "only", "even", "just", "every", "each", "any", "other", "another",
        "more", "less", "few", "several", "much", "nor", "either", "neither", "the", "a", "an");

    // Irregular past tenses that show a reported clause has a finite verb ("said the army fled").
    private static readonly HashSet<string> IrregularPast = Set(
        "went", "came", "took", "made", "gave", "left", "fled", "began", "ran", "saw", "got", "found", "fell", "rose",
        "lost", "won", "kept", "held", "sent", "spent", "built", "brought", "bought", "caught", "fought", "taught",
        "thought", "told", "said", "knew", "grew", "threw", "drew", "flew", "broke", "spoke", "wrote", "drove",
        "rode", "stood", "understood", "sat", "met", "led", "paid", "laid", "struck", "became", "felt", "heard",
        "meant", "sold", "shot", "hid", "bit", "chose", "froze", "stole", "swore", "tore", "wore", "woke", "forgot",
        "forgave", "overtook", "undertook", "withdrew", "arose", "sought", "slid", "spun", "sank", "sang", "swam",
        "shook", "dealt", "fed", "bled", "bred", "sped", "lit", "quit", "hurt", "cost", "cut", "hit", "let", "put",
        "set", "shut", "spread", "split", "burst", "began", "sought", "won", "wept", "slept", "swept", "bent", "lent");

    public static bool IsDeterminer(string lower) => Determiners.Contains(lower);

    public static bool IsDefiniteDeterminer(string lower) => DefiniteDeterminers.Contains(lower);

    public static bool IsPreposition(string lower) => Prepositions.Contains(lower);

    public static bool IsConjunction(string lower) => Conjunctions.Contains(lower);

    public static bool IsAuxiliary(string lower) => Auxiliaries.Contains(lower);

    public static bool IsBeForm(string lower) => BeForms.Contains(lower);

    public static bool IsAdverb(string lower) =>
        Adverbs.Contains(lower) || (lower.Length > 4 && lower.EndsWith("ly", StringComparison.Ordinal) && lower != "family" && lower != "ally" && lower != "italy" && lower != "daily");

    public static bool IsSubjectPronoun(string lower) => SubjectPronouns.Contains(lower);

    public static bool IsConnective(string lower) => Connectives.Contains(lower);

    public static bool IsIrregularPast(string lower) => IrregularPast.Contains(lower);

    /// <summary>A word that can never be part of a name or a noun phrase's head.</summary>
    public static bool IsClosedClass(string lower) =>
        Prepositions.Contains(lower) || Conjunctions.Contains(lower) || Auxiliaries.Contains(lower)
        || SubjectPronouns.Contains(lower) || ObjectPronouns.Contains(lower);

    internal static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);
}
