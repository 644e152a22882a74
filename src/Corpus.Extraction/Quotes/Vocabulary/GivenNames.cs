using System;
using System.Collections.Generic;

namespace Corpus.Extraction.Quotes.Vocabulary;

/// <summary>
/// Common given names whose gender is rarely in doubt, across the languages news writes names in, and
/// the surname endings of Slavic languages (-ova is a woman, -ov a man). Only a hint: a pronoun already
/// resolved to a person, or an honorific, outweighs it.
/// </summary>
internal static class GivenNames
{
    private static readonly HashSet<string> Female = FunctionWords.Set(
        "mary", "maria", "marie", "anna", "anne", "ann", "elizabeth", "sarah", "sara", "laura", "linda", "susan",
        "karen", "lisa", "nancy", "margaret", "jennifer", "jessica", "emily", "emma", "olivia", "sophia", "sofia",
        "isabella", "catherine", "katherine", "kate", "claire", "clare", "helen", "helena", "ruth", "rachel",
        "rebecca", "hannah", "grace", "fiona", "julia", "julie", "angela", "angelika", "ursula", "ingrid",
        "monika", "monica", "christine", "christina", "nicole", "natalie", "natalia", "natasha", "tatiana",
        "tatyana", "olga", "irina", "svetlana", "elena", "yelena", "yulia", "galina", "ludmila", "lyudmila",
        "valentina", "ekaterina", "yekaterina", "oksana", "marina", "rosa", "roza", "rose", "ana", "carmen",
        "lucia", "isabel", "fatima", "aisha", "ayesha", "amina", "leila", "layla", "zainab", "mariam", "maryam",
        "nadia", "priya", "sunita", "anita", "indira", "aung", "mei", "ying", "yuki", "keiko", "hiroko",
        "maya", "margarethe", "greta", "giulia", "francesca", "chiara", "paola", "beatriz", "gabriela",
        "fernanda", "juliana", "patricia", "barbara", "dorothy", "betty", "sandra", "donna", "carol", "michelle",
        "amanda", "melissa", "deborah", "stephanie", "heather", "theresa", "teresa", "kamala", "hillary",
        "nicola", "theresa", "jacinda", "ngozi", "chimamanda", "wangari", "ellen", "golda", "benazir",
        "sheikh hasina", "hasina", "yasmin", "samira", "noura", "dalia", "rania", "hana", "eva", "jana",
        "petra", "alena", "zuzana", "agnieszka", "katarzyna", "magdalena", "joanna", "aleksandra", "margaret",
        "janet", "joan", "judith", "alice", "victoria", "charlotte", "sophie", "lucy", "megan", "chloe",
        "amelia", "ava", "mia", "zoe", "nina", "lena", "leah", "vanessa", "veronica", "diana", "martha");

    private static readonly HashSet<string> Male = FunctionWords.Set(
        "john", "james", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
        "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua",
        "kenneth", "kevin", "brian", "george", "edward", "ronald", "timothy", "jason", "jeffrey", "ryan", "jacob",
        "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin",
        "ben", "samuel", "frank", "gregory", "raymond", "alexander", "patrick", "jack", "dennis", "jerry", "tom",
        "peter", "henry", "carl", "arthur", "lars", "sven", "hans", "klaus", "jurgen", "jürgen", "wolfgang",
        "helmut", "olaf", "friedrich", "karl", "emmanuel", "francois", "françois", "jacques", "pierre", "jean",
        "nicolas", "giuseppe", "giorgio", "mario", "matteo", "silvio", "carlos", "jose", "josé", "juan",
        "luis", "pedro", "miguel", "antonio", "manuel", "pablo", "vladimir", "dmitry", "dmitri", "sergei",
        "sergey", "nikolai", "alexei", "alexey", "andrei", "andrey", "ivan", "mikhail", "boris", "igor", "oleg",
        "yuri", "viktor", "victor", "pavel", "nursultan", "kurmanbek", "askar", "almazbek", "islam", "emomali",
        "volodymyr", "petro", "oleksandr", "mohammed", "mohammad", "muhammad", "mohamed", "ahmed", "ahmad",
        "ali", "hassan", "hussein", "omar", "abdullah", "ibrahim", "mustafa", "khalid", "tariq", "yusuf",
        "recep", "narendra", "rahul", "amit", "raj", "sanjay", "imran", "nawaz", "shinzo",
        "fumio", "joe", "barack", "bill", "george", "jimmy", "ronald", "lyndon", "abraham",
        "benjamin", "benny", "yair", "naftali", "mahmoud", "bashar", "hosni", "kwame", "nelson", "jacob",
        "cyril", "uhuru", "william", "paul", "jamal", "carlos", "tom", "sean", "mick", "liam", "noah",
        "oliver", "harry", "charlie", "oscar", "leo", "lucas", "hugo", "felix", "max", "jan", "tomas", "tomasz",
        "piotr", "krzysztof", "andrzej", "jaroslaw", "lech", "vaclav", "milos", "aleksandar", "slobodan",
        "recep", "ahmet", "mehmet", "kemal", "abu", "dwayne", "omar", "keir", "rishi", "gordon", "tony",
        "nigel", "boris", "dominic", "douglas", "hamish", "ewan", "angus");

    public static Gender GenderOf(string? given, string? surname)
    {
        if (given is { Length: > 0 })
        {
            var lower = given.ToLowerInvariant();
            if (Female.Contains(lower)) return Gender.Female;
            if (Male.Contains(lower)) return Gender.Male;
        }
        if (surname is { Length: > 4 })
        {
            var lower = surname.ToLowerInvariant();
            if (lower.EndsWith("ova", StringComparison.Ordinal) || lower.EndsWith("eva", StringComparison.Ordinal)
                || lower.EndsWith("skaya", StringComparison.Ordinal) || lower.EndsWith("ina", StringComparison.Ordinal) && lower.Length > 6)
                return Gender.Female;
            if (lower.EndsWith("ov", StringComparison.Ordinal) || lower.EndsWith("ev", StringComparison.Ordinal)
                || lower.EndsWith("sky", StringComparison.Ordinal) || lower.EndsWith("skiy", StringComparison.Ordinal))
                return Gender.Male;
        }
        return Gender.Unknown;
    }
}
