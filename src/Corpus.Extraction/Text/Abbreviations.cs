using System;
using System.Collections.Generic;

namespace Corpus.Extraction.Text;

/// <summary>
/// What the word before a period says about a sentence end. A period after an abbreviation may still
/// end a sentence ("... bought by Apple Inc. The deal ..."), so most abbreviations only make the end
/// doubtful, and <see cref="SentenceSplitter"/> then asks whether what follows opens a sentence.
/// </summary>
internal static class Abbreviations
{
    // Titles and name prefixes: a name always follows ("Mr. Medvedev", "Lt. Gen. Smith", "Mt. Everest").
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Mx", "Messrs", "Mme", "Mmes", "Mlle", "Dr", "Drs", "Prof", "Profs",
        "Gen", "Col", "Lt", "Sgt", "Capt", "Cpt", "Cmdr", "Cdr", "Adm", "Maj", "Brig", "Cpl", "Pvt", "Spc",
        "Gov", "Sen", "Sens", "Rep", "Reps", "Rev", "Hon", "Rt", "Pres", "Supt", "Insp", "Det", "Amb", "Atty", "Cllr",
        "Fr", "Msgr", "Sra", "Srta", "Mt", "Ft",
    };

    // Never at a sentence end, whatever their case: "Roe vs. Wade", "see cf. ...".
    private static readonly HashSet<string> Connectives = new(StringComparer.OrdinalIgnoreCase) { "vs", "cf", "viz" };

    // Followed by a number they are part of it: "No. 5", "Vol. 2", "Rs. 500", "Art. 12", "5 ft. 3 in.".
    private static readonly HashSet<string> NumberPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "No", "Nos", "Nr", "Vol", "Vols", "Art", "Arts", "Fig", "Figs", "p", "pp", "Pg", "Para", "Sec", "Secs",
        "Ch", "Chap", "Op", "Ep", "Pt", "Pts", "Rs", "Approx", "Tel", "Ref", "Ed", "Ver", "ca", "est",
        "ft", "yd", "mi", "lb", "lbs", "oz", "qt", "gal", "sq", "cu", "km", "kg", "mph",
    };

    // Dates: "Jan. 5" never ends; "in Jan. The ..." may.
    private static readonly HashSet<string> Calendar = new(StringComparer.OrdinalIgnoreCase)
    {
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
    };

    // Abbreviations that may close a sentence too: company and name suffixes, "etc.", "St.", AP state names.
    private static readonly HashSet<string> Doubtful = new(StringComparer.OrdinalIgnoreCase)
    {
        "Inc", "Corp", "Ltd", "Co", "Cos", "Bros", "Plc", "Llc", "Jr", "Sr", "Snr", "Jnr", "Esq", "etc", "al", "St", "Ste",
        "Dept", "Univ", "Assn", "Ave", "Blvd", "Rd", "Hwy", "Sq", "Est", "Govt",
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La",
        "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nebr", "Nev", "Okla", "Ore", "Pa", "Tenn",
        "Tex", "Vt", "Va", "Wash", "Wis", "Wyo",
    };

    /// <summary>
    /// How the period at <paramref name="dot"/> ends a sentence, judged from the word before it and
    /// (for number prefixes and dates) the character at <paramref name="next"/>.
    /// </summary>
    public static PeriodEnd Classify(string text, int dot, int next)
    {
        const int MaxToken = 40;
        var limit = Math.Max(0, dot - MaxToken);

        // The token before the period: letters, with single periods between them ("U.S", "a.m", "J.R.R").
        var start = dot;
        while (start > limit &&
               (char.IsLetter(text[start - 1]) ||
                (text[start - 1] == '.' && start < dot && char.IsLetter(text[start]) && start - 2 >= limit && char.IsLetter(text[start - 2]))))
        {
            start--;
        }
        if (start == dot || (start == limit && limit > 0)) return PeriodEnd.Yes;

        var segments = text.Substring(start, dot - start).Split('.');
        var word = segments[segments.Length - 1];
        if (segments.Length > 1)
        {
            // "U.S.", "a.m.", "e.g.", "J.R.R.": single letters joined by periods. Otherwise a domain or a file name.
            foreach (var segment in segments)
            {
                if (segment.Length != 1) return PeriodEnd.Yes;
            }
            return PeriodEnd.Doubtful;
        }

        var nextIsDigit = next < text.Length && char.IsDigit(text[next]);
        var capitalized = char.IsUpper(word[0]);

        // A lone letter: an initial ("John F. Kennedy"), "v." between two parties, "p. 5".
        if (word.Length == 1)
        {
            if (word == "v") return PeriodEnd.No;
            if (word == "p" && nextIsDigit) return PeriodEnd.No;
            return PeriodEnd.Doubtful;
        }

        if (Connectives.Contains(word)) return PeriodEnd.No;
        if (capitalized && Titles.Contains(word)) return PeriodEnd.No;
        if (nextIsDigit && NumberPrefixes.Contains(word)) return PeriodEnd.No;
        if (capitalized && Calendar.Contains(word)) return nextIsDigit ? PeriodEnd.No : PeriodEnd.Doubtful;
        if ((capitalized || word == "etc" || word == "al") && Doubtful.Contains(word)) return PeriodEnd.Doubtful;
        return PeriodEnd.Yes;
    }
}

/// <summary>Whether a period ends its sentence.</summary>
internal enum PeriodEnd
{
    Yes,
    No,

    /// <summary>Only if what follows clearly opens a sentence.</summary>
    Doubtful,
}
