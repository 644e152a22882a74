using System;
using System.Collections.Generic;

namespace Corpus.Extraction.Quotes.Vocabulary;

/// <summary>
/// Nouns that name a role or an occupation ("spokesperson", "president", "leader"). Written before a name
/// they are its role ("Kremlin spokesperson Natalia Timakova"); written alone with "the" they point back
/// to the person introduced with that role ("the Kremlin spokesperson said").
/// </summary>
internal static class RoleWords
{
    private static readonly HashSet<string> Words = FunctionWords.Set(
        "president", "vice", "minister", "premier", "chancellor", "secretary", "spokesperson", "spokesman",
        "spokeswoman", "spokespeople", "spokesmen", "leader", "head", "chief", "director", "chairman", "chairwoman",
        "chair", "chairperson", "ceo", "cfo", "coo", "cto", "executive", "governor", "mayor", "senator",
        "congressman", "congresswoman", "representative", "lawmaker", "legislator", "mp", "mep", "councillor",
        "councilor", "councilman", "councilwoman", "ambassador", "envoy", "diplomat", "commander", "general",
        "colonel", "captain", "lieutenant", "major", "sergeant", "admiral", "marshal", "officer", "official",
        "prosecutor", "judge", "attorney", "lawyer", "solicitor", "barrister", "coach", "manager", "founder",
        "co-founder", "owner", "editor", "correspondent", "analyst", "economist", "strategist", "professor",
        "lecturer", "researcher", "scientist", "doctor", "physician", "surgeon", "nurse", "king", "queen",
        "prince", "princess", "emperor", "sultan", "emir", "sheikh", "pope", "bishop", "archbishop", "cardinal",
        "rabbi", "imam", "cleric", "pastor", "priest", "deputy", "adviser", "advisor", "aide", "inspector",
        "superintendent", "sheriff", "detective", "constable", "commissioner", "administrator", "regulator",
        "auditor", "ombudsman", "candidate", "nominee", "speaker", "ruler", "monarch", "dictator", "governor-general",
        "president-elect", "prime", "treasurer", "comptroller", "controller", "partner", "principal", "dean",
        "provost", "rector", "chancellor", "mufti", "ayatollah", "patriarch", "actor", "actress", "singer",
        "author", "writer", "novelist", "poet", "artist", "director", "producer", "player", "striker",
        "goalkeeper", "midfielder", "defender", "forward", "quarterback", "pitcher", "boxer", "champion",
        "activist", "campaigner", "organiser", "organizer", "negotiator", "mediator", "firefighter", "pilot",
        "farmer", "teacher", "student", "worker", "engineer", "architect", "banker", "trader", "investor",
        "entrepreneur", "businessman", "businesswoman", "mechanic", "driver", "foreman", "miner", "soldier",
        "commissioner", "chief-of-staff", "whip", "steward", "warden", "curator", "historian", "expert",
        "consultant", "specialist", "psychologist", "epidemiologist", "virologist", "veterinarian", "pharmacist",
        "dentist", "paramedic", "surveyor", "magistrate", "coroner", "registrar", "clerk", "spokesperson");

    // Looked up for most words of every phrase: listing the plurals once spares computing a singular per lookup.
    private static readonly HashSet<string> WordsInAnyNumber = InAnyNumber(Words);

    private static readonly Dictionary<string, Gender> Gendered = new(StringComparer.Ordinal)
    {
        ["spokesman"] = Gender.Male, ["chairman"] = Gender.Male, ["congressman"] = Gender.Male,
        ["councilman"] = Gender.Male, ["businessman"] = Gender.Male, ["king"] = Gender.Male,
        ["prince"] = Gender.Male, ["emperor"] = Gender.Male, ["sultan"] = Gender.Male, ["pope"] = Gender.Male,
        ["father"] = Gender.Male, ["husband"] = Gender.Male, ["son"] = Gender.Male, ["brother"] = Gender.Male,
        ["man"] = Gender.Male, ["boy"] = Gender.Male, ["grandfather"] = Gender.Male, ["uncle"] = Gender.Male,
        ["foreman"] = Gender.Male, ["rabbi"] = Gender.Unknown, ["imam"] = Gender.Male, ["priest"] = Gender.Male,
        ["spokeswoman"] = Gender.Female, ["chairwoman"] = Gender.Female, ["congresswoman"] = Gender.Female,
        ["councilwoman"] = Gender.Female, ["businesswoman"] = Gender.Female, ["queen"] = Gender.Female,
        ["princess"] = Gender.Female, ["actress"] = Gender.Female, ["mother"] = Gender.Female,
        ["wife"] = Gender.Female, ["widow"] = Gender.Female, ["daughter"] = Gender.Female,
        ["sister"] = Gender.Female, ["woman"] = Gender.Female, ["girl"] = Gender.Female,
        ["grandmother"] = Gender.Female, ["aunt"] = Gender.Female, ["nun"] = Gender.Female,
    };

    // Heads that refer to one kind of role whatever the word: "the spokesman" finds "spokesperson Natalia Timakova".
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["spokesman"] = "spokesperson", ["spokeswoman"] = "spokesperson", ["chairman"] = "chair",
        ["chairwoman"] = "chair", ["chairperson"] = "chair", ["congressman"] = "representative",
        ["congresswoman"] = "representative", ["councilman"] = "councillor", ["councilwoman"] = "councillor",
        ["councilor"] = "councillor", ["advisor"] = "adviser", ["organizer"] = "organiser", ["premier"] = "premier",
        ["businesswoman"] = "businessman", ["actress"] = "actor", ["ceo"] = "executive",
    };

    // Capitalised words that qualify a role by country ("the Russian president", "Polish President"):
    // an anaphor with one never points to someone introduced with another.
    private static readonly HashSet<string> Demonyms = FunctionWords.Set(
        "kyrgyz", "uzbek", "kazakh", "tajik", "turkmen", "greek", "thai", "czech", "swiss", "afghan", "iraqi",
        "british", "french", "dutch", "irish", "welsh", "scottish", "danish", "swedish", "finnish", "polish",
        "turkish", "spanish", "chinese", "japanese", "vietnamese", "israeli", "pakistani", "bangladeshi");

    public static bool IsRole(string lower) => WordsInAnyNumber.Contains(lower) || Gendered.ContainsKey(lower);

    public static Gender GenderOf(string lower) => Gendered.TryGetValue(lower, out var gender) ? gender : Gender.Unknown;

    /// <summary>One spelling for every word of a role, for comparing an anaphor with a role.</summary>
    public static string Normalize(string lower)
    {
        var singular = Singular(lower);
        return Synonyms.TryGetValue(singular, out var normal) ? normal : singular;
    }

    public static bool IsDemonym(string lower) =>
        Demonyms.Contains(lower)
        || (lower.Length >= 5 && (lower.EndsWith("ian", StringComparison.Ordinal) || lower.EndsWith("ese", StringComparison.Ordinal) || lower.EndsWith("ish", StringComparison.Ordinal)))
        || (lower.Length >= 6 && lower.EndsWith("an", StringComparison.Ordinal));

    /// <summary>Every spelling whose <see cref="Singular"/> is one of <paramref name="singulars"/>.</summary>
    public static HashSet<string> InAnyNumber(HashSet<string> singulars)
    {
        var spellings = FunctionWords.Set();
        foreach (var word in singulars)
        {
            foreach (var spelling in SpellingsWithSingular(word))
            {
                if (singulars.Contains(Singular(spelling))) spellings.Add(spelling);
            }
        }
        return spellings;
    }

    // Each ending Singular removes, put back: every spelling whose singular can be this word.
    private static IEnumerable<string> SpellingsWithSingular(string word)
    {
        yield return word;
        yield return word + "s";
        yield return word + "es";
        if (word.EndsWith("y", StringComparison.Ordinal)) yield return word.Substring(0, word.Length - 1) + "ies";
        if (word.EndsWith("man", StringComparison.Ordinal)) yield return word.Substring(0, word.Length - 3) + "men";
        if (word.EndsWith("person", StringComparison.Ordinal)) yield return word.Substring(0, word.Length - 6) + "people";
    }

    /// <summary>The singular of a plural noun, by the common English endings.</summary>
    public static string Singular(string lower)
    {
        if (lower.Length > 4 && lower.EndsWith("ies", StringComparison.Ordinal)) return lower.Substring(0, lower.Length - 3) + "y";
        if (lower.Length > 4 && (lower.EndsWith("sses", StringComparison.Ordinal) || lower.EndsWith("ches", StringComparison.Ordinal) || lower.EndsWith("shes", StringComparison.Ordinal)))
            return lower.Substring(0, lower.Length - 2);
        if (lower.EndsWith("men", StringComparison.Ordinal) && lower.Length > 4) return lower.Substring(0, lower.Length - 3) + "man";
        if (lower.EndsWith("people", StringComparison.Ordinal)) return lower.Substring(0, lower.Length - 6) + "person";
        if (lower.Length > 3 && lower[lower.Length - 1] == 's' && !lower.EndsWith("ss", StringComparison.Ordinal)
            && !lower.EndsWith("us", StringComparison.Ordinal) && !lower.EndsWith("is", StringComparison.Ordinal))
            return lower.Substring(0, lower.Length - 1);
        return lower;
    }
}
