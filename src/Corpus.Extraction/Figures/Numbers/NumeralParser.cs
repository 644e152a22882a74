using System;
using System.Collections.Generic;
using System.Text;
using Corpus.Extraction.Figures.Scanning;

namespace Corpus.Extraction.Figures.Numbers;

[Flags]
internal enum NumeralShape
{
    Plain = 0,
    Grouped = 1,
    Decimal = 2,
    LeadingDot = 4,
    Exponent = 8,
    Fraction = 16,
    Ordinal = 32,
    LeadingZero = 64,
}

/// <summary>A number written in digits: its tokens, value and how it was written.</summary>
internal readonly struct Numeral
{
    public Numeral(int first, int last, decimal value, NumeralShape shape, string integerDigits, bool isIdentifier = false)
    {
        First = first;
        Last = last;
        Value = value;
        Shape = shape;
        IntegerDigits = integerDigits;
        IsIdentifier = isIdentifier;
    }

    public int First { get; }

    public int Last { get; }

    public decimal Value { get; }

    public NumeralShape Shape { get; }

    /// <summary>The integer part's digits as written, separators removed.</summary>
    public string IntegerDigits { get; }

    /// <summary>Digits that are not a quantity: a date (5/17/2018), a time (3:50), an address (192.168.1.2), "9/11".</summary>
    public bool IsIdentifier { get; }

    public bool IsPlainInteger => Shape == NumeralShape.Plain || Shape == NumeralShape.LeadingZero;

    public Atom ToAtom() => new(AtomKind.Literal, Value, First, Last, isInteger: (Shape & NumeralShape.Decimal) == 0, digits: IntegerDigits);

    public static Numeral Identifier(int first, int last) => new(first, last, 0, NumeralShape.Plain, "", isIdentifier: true);
}

/// <summary>
/// Reads digits with their separators: 1,500 / 1 500 / 12,34,567 (lakh grouping) / 1.111,11 /
/// 47.3 / .08 / 1,3 (decimal comma) / 1e10 / 1.1^23 / 1.3x10^6 / 3/4 / 21st. Dates, times, versions
/// and "9/11" come back as identifiers so no part of them is read as a figure.
/// </summary>
internal static class NumeralParser
{
    public static bool TryParse(TokenStream t, int i, out Numeral numeral)
    {
        numeral = default;
        string integer;
        string? decimals = null;
        var shape = NumeralShape.Plain;
        int j;
        if (t.Is(i, '.') && t.Touches(i) && t.IsDigits(i + 1) && !(t.IsDigits(i - 1) && t.Touches(i - 1)))
        {
            integer = "0";
            decimals = t[i + 1].Text;
            j = i + 1;
            shape |= NumeralShape.LeadingDot | NumeralShape.Decimal;
        }
        else if (t.IsDigits(i))
        {
            integer = t[i].Text;
            j = i;
            if (integer.Length > 1 && integer[0] == '0') shape |= NumeralShape.LeadingZero;
        }
        else
        {
            return false;
        }

        if ((shape & NumeralShape.LeadingDot) == 0)
        {
            ReadGroups(t, i, ref j, ref integer, ref decimals, ref shape);
            if (decimals is null && TryTouching(t, j, '.', out var afterDot))
            {
                decimals = t[afterDot].Text;
                j = afterDot;
                shape |= NumeralShape.Decimal;
                if (TryTouching(t, j, '.', out _))
                {
                    numeral = Numeral.Identifier(i, EndOfChain(t, j, '.'));
                    return true;
                }
            }
        }

        if (shape is NumeralShape.Plain or NumeralShape.LeadingZero)
        {
            if (TryTouching(t, j, ':', out _))
            {
                numeral = Numeral.Identifier(i, EndOfChain(t, j, ':'));
                return true;
            }
            if (TrySlash(t, i, j, integer, out numeral)) return true;
        }

        if (!SafeMath.TryParseDigits(integer, decimals, out var value))
        {
            numeral = Numeral.Identifier(i, j);
            return true;
        }

        if (TryExponent(t, ref j, ref value))
        {
            shape |= NumeralShape.Exponent;
            if (value == decimal.MinValue)
            {
                numeral = Numeral.Identifier(i, j);
                return true;
            }
        }
        else if (shape is NumeralShape.Plain or NumeralShape.LeadingZero && t.Touches(j) && t.Word(j + 1) is "st" or "nd" or "rd" or "th")
        {
            j++;
            shape |= NumeralShape.Ordinal;
        }

        numeral = new Numeral(i, j, value, shape, integer);
        return true;
    }

    private static void ReadGroups(TokenStream t, int i, ref int j, ref string integer, ref string? decimals, ref NumeralShape shape)
    {
        if (integer.Length > 3) return;
        if (TryTouching(t, j, ',', out _))
        {
            var groups = new List<string>();
            var k = j;
            while (TryTouching(t, k, ',', out var next))
            {
                groups.Add(t[next].Text);
                k = next;
            }
            if (groups.TrueForAll(g => g.Length == 3))
            {
                integer += string.Concat(groups);
                j = k;
                shape |= NumeralShape.Grouped;
            }
            else if (IsLakhGrouping(integer, groups))
            {
                integer += string.Concat(groups);
                j = k;
                shape |= NumeralShape.Grouped;
            }
            else if (groups.Count == 1 && groups[0].Length <= 2 && !(t.Is(i - 1, ',') && t.Touches(i - 1)))
            {
                // A decimal comma ("1,3"); a list such as "22,24,26" has more than one comma.
                decimals = groups[0];
                j = k;
                shape |= NumeralShape.Decimal;
            }
            return;
        }

        if (TryTouching(t, j, '.', out var firstGroup) && t[firstGroup].Text.Length == 3)
        {
            // 1.111,11: dots group thousands only when a decimal comma follows.
            var groups = new StringBuilder();
            var k = j;
            while (TryTouching(t, k, '.', out var next) && t[next].Text.Length == 3)
            {
                groups.Append(t[next].Text);
                k = next;
            }
            if (TryTouching(t, k, ',', out var comma) && !TryTouching(t, comma, ',', out _))
            {
                integer += groups.ToString();
                decimals = t[comma].Text;
                j = comma;
                shape |= NumeralShape.Grouped | NumeralShape.Decimal;
            }
            return;
        }

        // 1 234 567 or 40 000 (thin or no-break spaces, or one plain space between groups of three).
        // Past 30 digits the number cannot be a decimal; the groups are still consumed so no part is read alone.
        var spaced = j;
        var spacedInteger = new StringBuilder(integer);
        while (t.IsDigits(spaced + 1) && t[spaced + 1].Text.Length == 3 && IsGroupSpace(t.GapChar(spaced)) && !IsAttached(t, spaced + 1))
        {
            if (spacedInteger.Length <= 30) spacedInteger.Append(t[spaced + 1].Text);
            spaced++;
        }
        if (spaced > j)
        {
            integer = spacedInteger.Length > 30 ? new string('9', 31) : spacedInteger.ToString();
            j = spaced;
            shape |= NumeralShape.Grouped;
        }
    }

    private static bool IsLakhGrouping(string head, List<string> groups)
    {
        if (head.Length > 2 || groups.Count < 2 || groups[groups.Count - 1].Length != 3) return false;
        for (var g = 0; g < groups.Count - 1; g++)
        {
            if (groups[g].Length != 2) return false;
        }
        return true;
    }

    private static bool IsGroupSpace(char c) => c is ' ' or '\u00A0' or '\u202F' or '\u2009';

    /// <summary>A group that touches a hyphen, slash, colon or letter belongs to something else ("40 100-metre").</summary>
    private static bool IsAttached(TokenStream t, int group) =>
        t.Touches(group) && (t.IsWord(group + 1) || t.IsAnyOf(group + 1, "-/:") || (t.Is(group + 1, ',') && t.IsDigits(group + 2) && t.Touches(group + 1)));

    /// <summary>Whether token <paramref name="j"/> is followed, touching, by <paramref name="separator"/> and then digits.</summary>
    private static bool TryTouching(TokenStream t, int j, char separator, out int digits)
    {
        digits = j + 2;
        return t.Is(j + 1, separator) && t.Touches(j) && t.Touches(j + 1) && t.IsDigits(j + 2);
    }

    private static int EndOfChain(TokenStream t, int j, char separator)
    {
        var k = j;
        while (TryTouching(t, k, separator, out var next)) k = next;
        // A time may go on with "a.m." or a seconds field; those are read elsewhere.
        return k;
    }

    /// <summary>Denominators that fractions are written with; "9/11" and "7/11" are names and dates.</summary>
    private static readonly System.Collections.Generic.HashSet<string> Denominators = new()
    {
        "2", "3", "4", "5", "6", "7", "8", "9", "10", "12", "16", "20", "25", "32", "40", "50", "64", "100", "1000",
    };

    /// <summary>3/4 is a fraction; 5/17/2018, 9/11, 24/7 and 1/0 are not figures at all.</summary>
    private static bool TrySlash(TokenStream t, int i, int j, string integer, out Numeral numeral)
    {
        numeral = default;
        if (!t.Is(j + 1, '/') || !t.IsDigits(j + 2) || t.Gap(j) > 1 || t.Gap(j + 1) > 1) return false;
        var last = j + 2;
        if (t.Is(last + 1, '/') && t.IsDigits(last + 2) && t.Gap(last) <= 1 && t.Gap(last + 1) <= 1)
        {
            var k = last;
            while (t.Is(k + 1, '/') && t.IsDigits(k + 2) && t.Gap(k) <= 1 && t.Gap(k + 1) <= 1) k += 2;
            numeral = Numeral.Identifier(i, k);
            return true;
        }
        var denominatorText = t[last].Text;
        if (!SafeMath.TryParseDigits(integer, null, out var numerator) || !SafeMath.TryParseDigits(denominatorText, null, out var denominator)
            || !Denominators.Contains(denominatorText) || numerator == 0 || numerator >= denominator)
        {
            numeral = Numeral.Identifier(i, last);
            return true;
        }
        numeral = new Numeral(i, last, numerator / denominator, NumeralShape.Fraction, integer);
        return true;
    }

    /// <summary>1e10, 12.32e+14, 1.1^23, -1.1^--23 (each minus flips the exponent), 1.3x10^6. An exponent out of range gives decimal.MinValue.</summary>
    private static bool TryExponent(TokenStream t, ref int j, ref decimal value)
    {
        if (!t.Touches(j)) return false;
        if (t.Word(j + 1) is "e")
        {
            var k = j + 1;
            var negative = ReadSigns(t, ref k);
            if (!t.Touches(k) || !t.IsDigits(k + 1)) return false;
            j = k + 1;
            value = Scientific(value, t[j].Text, negative);
            return true;
        }
        if (t.Is(j + 1, '^'))
        {
            var k = j + 1;
            var negative = ReadSigns(t, ref k);
            if (!t.Touches(k) || !t.IsDigits(k + 1)) return false;
            j = k + 1;
            if (!int.TryParse(t[j].Text, out var power) || power > 1000)
            {
                value = decimal.MinValue;
                return true;
            }
            var result = Math.Pow((double)value, negative ? -power : power);
            value = SafeMath.TryFromDouble(result, out var d) ? d : decimal.MinValue;
            return true;
        }
        if ((t.Word(j + 1) is "x" || t.Is(j + 1, '×')) && t.Touches(j + 1) && t.IsDigits(j + 2) && t[j + 2].Text == "10" && t.Touches(j + 2)
            && (t.Is(j + 3, '^') || t.IsAnyOf(j + 3, "-\u2212")))
        {
            // 1.3x10^6, 6.23x10^-4, 2.48×10−5 (a typeset exponent loses its caret).
            var k = t.Is(j + 3, '^') ? j + 3 : j + 2;
            var negative = ReadSigns(t, ref k);
            if (!t.Touches(k) || !t.IsDigits(k + 1)) return false;
            j = k + 1;
            value = Scientific(value, t[j].Text, negative);
            return true;
        }
        return false;
    }

    private static bool ReadSigns(TokenStream t, ref int k)
    {
        var negative = false;
        while (t.Touches(k) && t.IsAnyOf(k + 1, "+-\u2212"))
        {
            k++;
            if (t[k].Text[0] != '+') negative = !negative;
        }
        return negative;
    }

    private static decimal Scientific(decimal mantissa, string exponentDigits, bool negative)
    {
        if (exponentDigits.Length > 3 || !int.TryParse(exponentDigits, out var exponent)) return decimal.MinValue;
        if (!SafeMath.TryPowerOfTen(negative ? -exponent : exponent, out var power)) return decimal.MinValue;
        return SafeMath.TryMultiply(mantissa, power, out var result) ? result : decimal.MinValue;
    }
}
