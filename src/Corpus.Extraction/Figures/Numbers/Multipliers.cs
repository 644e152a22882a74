using Corpus.Extraction.Figures.Scanning;

namespace Corpus.Extraction.Figures.Numbers;

/// <summary>
/// Abbreviated multipliers after digits: 10k, $3bn, £1.58bn, 2.5 mln, 10M, 1MM, 2mil, 1.2b, $2.174T, 1,674.5 G.
/// Letters that are also units depend on the case and on money nearby: "100m euros" and "£70m" are
/// millions, "1.8m tall" is metres; "100t" is tonnes, "$2T" trillions.
/// </summary>
internal static class Multipliers
{
    public static bool TryMatch(TokenStream t, in Numeral numeral, bool moneyBefore, out decimal scale, out int last)
    {
        scale = 0;
        last = numeral.Last + 1;
        if (!t.IsWord(last)) return false;
        var touching = t.Touches(numeral.Last);
        if (!touching && t.Gap(numeral.Last) > 2) return false;
        if (t.IsDigits(last + 1) && t.Touches(last)) return false;

        var text = t[last].Text;
        var lower = t[last].Lower;
        var hasDecimals = (numeral.Shape & NumeralShape.Decimal) != 0;
        var moneyAfter = Units.Currencies.StartsAt(t, last + 1);
        var money = moneyBefore || moneyAfter;
        switch (lower)
        {
            case "k":
                // "573.15K" in a sentence about temperatures is kelvin.
                scale = 1_000m;
                return !(text == "K" && touching && Units.MeasureUnits.IsAboutTemperature(t, last));
            case "mn":
            case "mln":
            case "mil":
            case "mio":
                scale = 1_000_000m;
                return true;
            case "bn":
            case "bln":
                scale = 1_000_000_000m;
                return true;
            case "tn":
            case "tln":
            case "trn":
                scale = 1_000_000_000_000m;
                return true;
        }
        switch (text)
        {
            case "MM":
            case "M":
                scale = 1_000_000m;
                return true;
            case "m":
                scale = 1_000_000m;
                return money;
            case "b":
            case "B":
                scale = 1_000_000_000m;
                return touching && (money || hasDecimals);
            case "T":
                scale = 1_000_000_000_000m;
                return touching && (money || hasDecimals);
            case "G":
                // "5G", "10G" name networks; "1,674.5 G" is a magnitude.
                scale = 1_000_000_000m;
                return !(touching && numeral.IsPlainInteger && numeral.IntegerDigits.Length <= 2);
        }
        return false;
    }
}
