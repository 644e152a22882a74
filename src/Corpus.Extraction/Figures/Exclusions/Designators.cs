using System.Collections.Generic;
using Corpus.Extraction.Figures.Context;
using Corpus.Extraction.Figures.Numbers;
using Corpus.Extraction.Figures.Scanning;
using Corpus.Extraction.Figures.Units;

namespace Corpus.Extraction.Figures.Exclusions;

/// <summary>
/// Numbers that name rather than count: model and product designators (Il-76, Airbus A321, Boeing 747,
/// F-16, MH17, STS-135), names with digits (Radio 4, G8, COVID-19, Route 66), references (page 5,
/// exit 436, phase 3), phone and emergency numbers (911, +1-222-2222), and codes with leading zeros (007).
/// </summary>
internal static class Designators
{
    /// <summary>Lower-case words that join a number with a hyphen without naming it: "mid-1990", "over-50s", "top-10".</summary>
    private static readonly HashSet<string> HyphenPrefixes = new()
    {
        "mid", "pre", "post", "over", "under", "top", "non", "anti", "ex", "early", "late", "up", "to", "of", "by", "some", "about",
        "around", "nearly", "age", "aged", "ages", "per", "and", "or", "than", "least", "most", "from", "between", "minus", "plus",
        "a", "an", "the", "in", "on", "at", "for", "with", "circa", "year", "bottom", "first", "last", "next", "only", "all", "sub",
        "super", "ultra", "multi", "semi", "quasi", "record", "near", "low", "high", "best", "worst", "cut", "x",
    };

    /// <summary>Nouns whose number is a reference, not a quantity. Common nouns that also precede quantities ("the law 20 years ago") are left out.</summary>
    private static readonly HashSet<string> References = new()
    {
        "page", "pages", "p", "pp", "chapter", "chapters", "section", "sections", "article", "articles", "paragraph", "paragraphs", "clause",
        "clauses", "verse", "verses", "item", "items", "version", "release", "exit", "junction", "highway", "route", "flight", "room",
        "apartment", "suite", "platform", "gate", "terminal", "track", "episode", "season", "volume", "vol", "issue", "stage", "phase",
        "junctions", "exits", "routes", "flights", "rooms", "gates", "platforms", "episodes", "seasons", "volumes", "stages", "phases",
        "category", "type", "class", "model", "grade", "tier", "channel", "radio", "bus", "ward", "exhibit", "fig", "appendix", "zone",
        "sector", "interstate", "hwy", "rte", "nr", "nrs", "nos", "level", "division", "formula", "windows", "iphone", "ios", "android",
        "ps", "xbox", "proposition", "resolution", "amendment", "district", "precinct", "pier", "berth", "hangar", "runway", "booth",
        "ticket", "serial", "ref", "docket", "iso", "covid", "sars", "h1n1", "gen", "mk",
    };

    private static readonly HashSet<string> CallWords = new()
    {
        "call", "called", "calling", "calls", "dial", "dialed", "dialled", "dialing", "dialling", "phone", "phoned", "phoning", "ring", "rang",
        "ringing", "text", "texted", "texting", "tel", "telephone", "fax", "hotline", "mobile", "cell", "whatsapp",
    };

    private static readonly HashSet<string> EmergencyNumbers = new() { "911", "999", "112", "000", "111", "101", "119", "110", "1122", "100", "108" };

    private static readonly HashSet<string> EmergencyFollowers = new()
    {
        "call", "calls", "caller", "callers", "operator", "operators", "dispatcher", "dispatchers", "emergency", "line", "lines", "service",
        "services", "system", "center", "centre", "centres", "centers", "number", "hotline", "tape", "tapes", "recording", "recordings", "dispatch",
    };

    public static bool IsDesignator(TokenStream t, NumberMention m)
    {
        var first = m.Negative ? m.First + 1 : m.First;
        if (m.FromDigits)
        {
            if (IsGluedToLetters(t, first)) return true;
            if (IsHyphenatedName(t, first)) return true;
            if (IsPhoneNumber(t, m, first)) return true;
            if ((m.Shape & NumeralShape.LeadingZero) != 0 && m.Value != 0) return true;
            if (t.Is(first - 1, '#') && t.Touches(first - 1)) return true;
        }
        if (m.Form == MentionForm.Cardinal && !m.Scaled && !m.Negative && m.IsInteger)
        {
            if (IsReference(t, m)) return true;
            if (m.IsPlainDigits && (IsNamedNumber(t, m) || IsAddress(t, m))) return true;
        }
        return false;
    }

    /// <summary>"MH17", "A321", "G8", "i7": letters touching the digits on the left (a currency code such as USD115 excepted).</summary>
    private static bool IsGluedToLetters(TokenStream t, int first)
    {
        if (!t.IsWord(first - 1) || !t.Touches(first - 1)) return false;
        return !(Currencies.TryBefore(t, first, out var currency) && currency.Last == first - 1);
    }

    /// <summary>"Il-76", "F-16", "COVID-19", "STS-135", "SCP-173", but not "mid-1990" or "5k-20k".</summary>
    private static bool IsHyphenatedName(TokenStream t, int first)
    {
        if (!t.Is(first - 1, '-') || !t.Touches(first - 1) || !t.Touches(first - 2) || !t.IsWord(first - 2)) return false;
        var word = t.Word(first - 2)!;
        if (HyphenPrefixes.Contains(word) || NumberWords.IsNumberWord(word)) return false;
        // The word is a suffix of another number ("5k-20k", "10km-20km"): a range, not a name.
        if (t.IsDigits(first - 3) && t.Touches(first - 3)) return false;
        return true;
    }

    /// <summary>A phone number: "+44 ...", "call 911", "the hotline on 0800 ...", "1-800-555-0199", a group with a leading zero.</summary>
    public static bool IsPhoneNumber(TokenStream t, NumberMention m) =>
        m.FromDigits && (IsPhoneNumber(t, m, m.Negative ? m.First + 1 : m.First) || (m.Shape & NumeralShape.LeadingZero) != 0);

    private static bool IsPhoneNumber(TokenStream t, NumberMention m, int first)
    {
        if (t.Is(first - 1, '+') && t.Touches(first - 1)) return true;
        // "call 911", "the hotline on 0800 123 456", "tel: 555 0199".
        for (var k = first - 1; k >= first - 3 && k >= 0; k--)
        {
            var word = t.Word(k);
            if (word is not null && CallWords.Contains(word)) return m.IsPlainDigits;
            if (!(word is "on" or "the" or "number" or "line" || t.Is(k, ':'))) break;
        }
        if (EmergencyNumbers.Contains(m.IntegerDigits) && EmergencyFollowers.Contains(t.Word(m.Last + 1) ?? "")) return true;
        // Three or more digit groups joined by hyphens: 1-800-555-0199, 1111-22223333-4444.
        var groups = 1;
        for (var k = m.Last; t.Is(k + 1, '-') && t.Touches(k) && t.Touches(k + 1) && t.IsDigits(k + 2); k += 2) groups++;
        for (var k = first; t.Is(k - 1, '-') && t.Touches(k - 1) && t.Touches(k - 2) && t.IsDigits(k - 2); k -= 2) groups++;
        return groups >= 3;
    }

    /// <summary>"page 5", "exit 436", "phase three", "nr. 22".</summary>
    public static bool IsReference(TokenStream t, NumberMention m)
    {
        var before = m.First - 1;
        if (t.Is(before, '.')) before--;
        var word = t.Word(before);
        if (word is null || !References.Contains(word) || (word == "p" && !t.Is(before + 1, '.'))) return false;
        var after = m.Last + 1;
        var touching = t.Touches(m.Last);
        return !(Percentages.TryAfter(t, after, touching, out _, out _) || Currencies.StartsAt(t, after) || MeasureUnits.TryAfter(t, after, touching, out _));
    }

    /// <summary>"Radio 4", "Boeing 747", "Route 66", "Apollo 11": a capitalised name then a bare number.</summary>
    private static bool IsNamedNumber(TokenStream t, NumberMention m)
    {
        var before = m.First - 1;
        if (!t.IsWord(before) || t.Touches(before)) return false;
        var name = t[before];
        if (!name.IsCapitalized || FunctionWords.Contains(name.Lower) || Calendar.IsMonth(name.Lower) || Calendar.IsWeekday(name.Lower)) return false;
        if (Qualifiers.MatchBefore(t, m.First, out _) >= 0) return false;
        if (Currencies.TryBefore(t, m.First, out _)) return false;
        if (name.Lower is "no" or "number" or "aged" or "age" or "ages" or "minus" or "negative" or "plus") return false;
        var after = m.Last + 1;
        var touching = t.Touches(m.Last);
        if (Percentages.TryAfter(t, after, touching, out _, out _) || Currencies.StartsAt(t, after) || MeasureUnits.TryAfter(t, after, touching, out _)) return false;
        // "Chelsea 2-1", "the Senate 52-48": a result after a name.
        if (t.IsAnyOf(after, "-–") && t.IsDigits(after + 1) && t[after + 1].Text.Length <= 3 && m.IntegerDigits.Length <= 3 && Contests.IsAboutContest(t)) return false;
        return true;
    }

    private static readonly HashSet<string> StreetWords = new()
    {
        "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "boulevard", "blvd", "drive", "dr", "way", "place", "square", "terrace",
        "court", "crescent", "close", "gardens", "row", "parade", "highway", "strasse", "straße", "rue", "via", "calle",
    };

    /// <summary>"10 Downing Street", "1600 Pennsylvania Avenue": a house number.</summary>
    private static bool IsAddress(TokenStream t, NumberMention m)
    {
        var k = m.Last + 1;
        if (!t.InRange(k) || !t[k].IsCapitalized) return false;
        for (var words = 0; words < 3 && t.IsWord(k) && t[k].IsCapitalized; words++, k++)
        {
            if (words > 0 && StreetWords.Contains(t[k].Lower)) return true;
        }
        return false;
    }
}
