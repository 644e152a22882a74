using System.Collections.Generic;
using Corpus.Extraction.Figures.Context;
using Corpus.Extraction.Figures.Numbers;
using Corpus.Extraction.Figures.Scanning;
using Corpus.Extraction.Figures.Units;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Figures.Exclusions;

/// <summary>
/// Years, calendar dates and clock times: numbers that place an event in time rather than measure
/// anything ("in 2010", "June 10", "11 September 2001", "3:50 p.m.", "1130 GMT", "6pm", "the 1990s").
/// </summary>
internal static class Calendar
{
    private static readonly HashSet<string> Months = new()
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    private static readonly HashSet<string> TimeZones = new()
    {
        "gmt", "utc", "bst", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "cet", "cest", "eet", "eest", "ist", "jst", "kst",
        "aest", "aedt", "awst", "hkt", "sgt", "msk", "wib", "pkt", "ict", "zulu", "hrs", "hours", "h",
    };

    /// <summary>Words that put the following four digits in time: "in 2010", "since 1990", "the 2008 crisis", "May 2010".</summary>
    private static readonly HashSet<string> YearLeads = new()
    {
        "in", "since", "by", "until", "till", "from", "to", "of", "the", "during", "before", "after", "early", "late", "mid", "year", "years",
        "fiscal", "fy", "summer", "spring", "autumn", "fall", "winter", "circa", "c", "between", "and", "or", "through", "throughout", "around",
        "its", "their", "his", "her", "this", "that", "season", "class", "vintage", "election", "elections", "budget", "census",
    };

    private static readonly HashSet<string> Weekdays = new()
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    };

    public static bool IsMonth(string? lower) => lower is not null && Months.Contains(lower);

    public static bool IsWeekday(string? lower) => lower is not null && Weekdays.Contains(lower);

    /// <summary>Whether <paramref name="m"/> is a year, a day of a date, a time or a decade.</summary>
    public static bool IsCalendar(TokenStream t, NumberMention m) =>
        IsTime(t, m) || IsDayOfMonth(t, m) || IsYear(t, m) || IsDecade(t, m);

    private static bool IsTime(TokenStream t, NumberMention m)
    {
        if (!m.FromDigits || m.Scaled || m.Negative || m.Form != MentionForm.Cardinal) return false;
        var next = m.Last + 1;
        var word = t.Word(next);
        if (word is "am" or "pm" or "o'clock" or "o’clock" or "noon") return m.Value <= 24 || (m.Value < 2400 && m.IntegerDigits.Length == 4);
        if (word is "a" or "p" && t.Is(next + 1, '.') && t.Word(next + 2) == "m") return true;
        if (word is not null && TimeZones.Contains(word) && m.IntegerDigits.Length == 4 && m.Value < 2400 && m.Value % 100 < 60
            && (m.Shape & NumeralShape.Decimal) == 0)
        {
            return true;
        }
        if (word is "gmt" or "utc" && m.Value <= 24) return true;
        return false;
    }

    private static bool IsDayOfMonth(TokenStream t, NumberMention m)
    {
        if (m.Negative || m.Scaled || m.Value < 1 || m.Value > 31 || !m.IsInteger) return false;
        if (m.Form == MentionForm.Cardinal && !(m.FromDigits && m.IsPlainDigits)) return false;
        if (m.Form is MentionForm.Fraction or MentionForm.Vague) return false;

        var before = m.First - 1;
        if (t.Is(before, '.') && IsMonth(t.Word(before - 1))) before--;
        if (IsMonth(t.Word(before)) && IsMonthWord(t, before)) return true;
        // "Friday 13th", "on the 21st.": a day with no month named.
        if (m.Form == MentionForm.Ordinal && m.FromDigits)
        {
            if (Weekdays.Contains(t.Word(m.First - 1) ?? "")) return true;
            if (t.IsWord(m.First - 1, "the") && t.Word(m.First - 2) is "on" or "since" or "until" or "by"
                && (!t.IsWord(m.Last + 1) || FunctionWords.Contains(t.Word(m.Last + 1)))) return true;
        }

        var after = m.Last + 1;
        if (t.IsWord(after, "of")) after++;
        return IsMonth(t.Word(after)) && IsMonthWord(t, after);
    }

    /// <summary>"May" and "March" are months when capitalised or after a preposition; otherwise they may be verbs.</summary>
    private static bool IsMonthWord(TokenStream t, int index)
    {
        var word = t.Word(index);
        if (word is not ("may" or "march")) return true;
        return t[index].IsCapitalized || t.Word(index - 1) is "on" or "in" or "since" or "until" or "by" or "of" or "from" or "to" or "early" or "late" or "mid";
    }

    private static bool IsYear(TokenStream t, NumberMention m)
    {
        if (!m.IsPlainDigits) return false;
        var digits = m.IntegerDigits;
        if (t.Is(m.First - 1, '\'') || t.Is(m.First - 1, '’'))
        {
            return digits.Length == 2 && t.Touches(m.First - 1);
        }
        if (digits.Length != 4 || m.Value < 1000 || m.Value > 2099) return false;

        // "2010-11", "2013-14", "2010–2012", "1995-01": a span of years, or a year and a month.
        var after = m.Last + 1;
        if (t.IsAnyOf(after, "-–/") && t.IsDigits(after + 1))
        {
            var other = t[after + 1].Text;
            if (other.Length == 2 || IsYearDigits(other)) return true;
            return false; // "1000-5000" is a range of numbers
        }
        if (t.IsAnyOf(m.First - 1, "-–/") && t.IsDigits(m.First - 2))
        {
            return IsYearDigits(t[m.First - 2].Text);
        }

        // "$2000", "more than 1500", "some 2000 people": money and comparisons are quantities.
        if (Currencies.TryBefore(t, m.First, out _)) return false;
        var start = Qualifiers.MatchBefore(t, m.First, out var qualifier);
        if (start >= 0 && qualifier != Qualifier.Exact && !(t.Word(start) is "about" or "around" or "circa" or "up" or "near" or "over" or "under"))
        {
            return false;
        }
        var touching = t.Touches(m.Last);
        if (Percentages.TryAfter(t, after, touching, out _, out _) || Currencies.StartsAt(t, after) || MeasureUnits.TryAfter(t, after, touching, out _)) return false;
        if (t.Word(after) is "to" or "and" && t.IsDigits(after + 1) && !IsYearDigits(t[after + 1].Text)) return false;

        var previous = t.Word(m.First - 1);
        if (previous is not null && (YearLeads.Contains(previous) || IsMonth(previous))) return true;
        if (t.Is(m.First - 1, ',') && IsMonth(t.Word(m.First - 2))) return true;
        if (t.Is(m.First - 1, ',') && t.IsDigits(m.First - 2) && IsMonth(t.Word(m.First - 3))) return true;

        // "1500 troops", "killed 2000 people": four digits before a plural noun are a count.
        return !(t.Word(after) is not null && !touching && CountedNouns.LooksPlural(t, after));
    }

    private static bool IsYearDigits(string digits) =>
        digits.Length == 4 && int.TryParse(digits, out var year) && year is >= 1000 and <= 2099;

    private static bool IsDecade(TokenStream t, NumberMention m) =>
        m.IsPlainDigits && t.Touches(m.Last) && t.InRange(m.Last + 1) && t[m.Last + 1].Text == "s" && m.IntegerDigits.Length is 2 or 4;
}
