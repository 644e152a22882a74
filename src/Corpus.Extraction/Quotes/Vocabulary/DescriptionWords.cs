using System.Collections.Generic;

namespace Corpus.Extraction.Quotes.Vocabulary;

/// <summary>
/// Nouns for unnamed people who speak in the news ("a witness", "residents", "the source"). They tell a
/// capitalised word that only opens a sentence ("Witnesses said") from a name, and find the earlier
/// description a definite one refers back to.
/// </summary>
internal static class DescriptionWords
{
    private static readonly HashSet<string> Words = FunctionWords.Set(
        "source", "witness", "resident", "critic", "expert", "observer", "protester", "protestor", "villager",
        "survivor", "relative", "neighbour", "neighbor", "parent", "man", "woman", "person", "insider", "fan",
        "supporter", "opponent", "people", "citizen", "local", "voter", "shopkeeper", "passenger", "victim",
        "refugee", "migrant", "demonstrator", "eyewitness", "bystander", "customer", "user", "member", "colleague",
        "friend", "family", "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister", "boy",
        "girl", "child", "teenager", "youth", "veteran", "participant", "attendee", "delegate", "onlooker",
        "resident", "inhabitant", "dweller", "commuter", "tourist", "visitor", "patient", "owner", "tenant",
        "landlord", "employee", "staffer", "official", "officer", "diplomat", "analyst", "spokesperson", "aide");

    private static readonly HashSet<string> WordsInAnyNumber = RoleWords.InAnyNumber(Words);

    // Heads that refer back to any earlier unnamed person: "a senior military official" ... "said the source".
    private static readonly HashSet<string> Generic = FunctionWords.Set("source", "person", "official", "insider", "individual");

    public static bool IsDescription(string lower) => WordsInAnyNumber.Contains(lower);

    public static bool IsGeneric(string singular) => Generic.Contains(singular);
}
