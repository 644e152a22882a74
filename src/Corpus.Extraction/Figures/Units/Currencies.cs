using System.Collections.Generic;
using System.Globalization;
using Corpus.Extraction.Figures.Scanning;

namespace Corpus.Extraction.Figures.Units;

/// <summary>A currency written next to a number.</summary>
internal readonly struct CurrencyMatch
{
    public CurrencyMatch(string code, int first, int last, decimal factor = 1, decimal multiplier = 1, bool mayBeWeight = false)
    {
        Code = code;
        First = first;
        Last = last;
        Factor = factor;
        Multiplier = multiplier;
        MayBeWeight = mayBeWeight;
    }

    /// <summary>An ISO 4217 code, or a lower-case currency name when the words name no single currency ("franc").</summary>
    public string Code { get; }

    public int First { get; }

    public int Last { get; }

    /// <summary>0.01 for a minor unit (cents, pence): the figure is kept in the major unit.</summary>
    public decimal Factor { get; }

    /// <summary>1,000,000 for "MUSD", "120 MEUR", "75 USD million".</summary>
    public decimal Multiplier { get; }

    /// <summary>"pounds" is money or weight; the sentence decides.</summary>
    public bool MayBeWeight { get; }
}

/// <summary>
/// Currency signs, codes and names. "$" and "dollars" read as USD and "pounds" as GBP unless the text
/// names another (C$, HK$, "Australian dollars"): that is how news writes them.
/// </summary>
internal static class Currencies
{
    private static readonly Dictionary<string, string> Signs = new()
    {
        ["$"] = "USD", ["£"] = "GBP", ["€"] = "EUR", ["¥"] = "JPY", ["₹"] = "INR", ["₿"] = "BTC", ["₩"] = "KRW",
        ["₽"] = "RUB", ["₺"] = "TRY", ["₪"] = "ILS", ["₦"] = "NGN", ["₱"] = "PHP", ["₫"] = "VND", ["₴"] = "UAH",
        ["₸"] = "KZT", ["₡"] = "CRC", ["₾"] = "GEL", ["₭"] = "LAK", ["฿"] = "THB", ["৳"] = "BDT", ["₨"] = "rupee",
        ["元"] = "CNY", ["ரூ"] = "LKR", ["円"] = "JPY",
    };

    /// <summary>Letters before "$" that say which dollar: US$, C$, A$, HK$, NZ$, S$, R$, Mex$.</summary>
    private static readonly Phrases<string> DollarPrefixes = new(
        ("us", "USD"), ("u . s", "USD"), ("u . s .", "USD"), ("usd", "USD"), ("c", "CAD"), ("ca", "CAD"), ("can", "CAD"), ("cad", "CAD"),
        ("a", "AUD"), ("au", "AUD"), ("aud", "AUD"), ("nz", "NZD"), ("nzd", "NZD"), ("hk", "HKD"), ("hkd", "HKD"),
        ("s", "SGD"), ("sg", "SGD"), ("sgd", "SGD"), ("r", "BRL"), ("mex", "MXN"), ("mx", "MXN"), ("mxn", "MXN"), ("nt", "TWD"));

    /// <summary>ISO codes written before or after the amount. Lower-case forms only where they are no English word.</summary>
    private static readonly HashSet<string> Codes = new()
    {
        "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "CHF", "AUD", "CAD", "HKD", "SGD", "NZD", "SEK", "NOK", "DKK",
        "RUB", "BRL", "MXN", "KRW", "ZAR", "TRY", "PLN", "HUF", "CZK", "ILS", "NGN", "KES", "EGP", "SAR", "AED", "QAR",
        "PKR", "BDT", "LKR", "IDR", "MYR", "THB", "PHP", "VND", "TWD", "UAH", "KZT", "ARS", "CLP", "COP", "PEN", "BTC",
    };

    private static readonly HashSet<string> LowerCaseCodes = new()
    {
        "usd", "eur", "gbp", "jpy", "cny", "rmb", "inr", "chf", "aud", "cad", "hkd", "sgd", "nzd", "sek", "nok", "dkk",
        "rub", "brl", "mxn", "krw", "zar", "btc",
    };

    private static readonly Phrases<string> Names = new(
        ("dollar", "USD"), ("dollars", "USD"), ("us dollar", "USD"), ("us dollars", "USD"), ("u . s . dollars", "USD"), ("american dollars", "USD"),
        ("canadian dollar", "CAD"), ("canadian dollars", "CAD"), ("australian dollar", "AUD"), ("australian dollars", "AUD"),
        ("new zealand dollars", "NZD"), ("hong kong dollars", "HKD"), ("singapore dollars", "SGD"), ("taiwan dollars", "TWD"),
        ("new taiwan dollars", "TWD"), ("zimbabwe dollars", "ZWL"),
        ("euro", "EUR"), ("euros", "EUR"),
        ("pounds sterling", "GBP"), ("sterling", "GBP"), ("british pounds", "GBP"), ("egyptian pounds", "EGP"),
        ("yen", "JPY"), ("japanese yen", "JPY"),
        ("yuan", "CNY"), ("chinese yuan", "CNY"), ("renminbi", "CNY"), ("rmb", "CNY"), ("kuai", "CNY"),
        ("rupee", "rupee"), ("rupees", "rupee"), ("indian rupees", "INR"), ("pakistani rupees", "PKR"), ("sri lankan rupees", "LKR"), ("nepalese rupees", "NPR"),
        ("franc", "franc"), ("francs", "franc"), ("swiss francs", "CHF"), ("swiss franc", "CHF"), ("french francs", "FRF"), ("belgian francs", "BEF"), ("cfa francs", "XOF"),
        ("peso", "peso"), ("pesos", "peso"), ("mexican pesos", "MXN"), ("philippine pesos", "PHP"), ("argentine pesos", "ARS"), ("chilean pesos", "CLP"), ("colombian pesos", "COP"),
        ("lira", "TRY"), ("liras", "TRY"), ("turkish lira", "TRY"), ("turkish liras", "TRY"), ("lire", "ITL"), ("italian lire", "ITL"),
        ("rouble", "RUB"), ("roubles", "RUB"), ("ruble", "RUB"), ("rubles", "RUB"),
        ("rand", "ZAR"), ("naira", "NGN"), ("baht", "THB"), ("ringgit", "MYR"), ("rupiah", "IDR"), ("hryvnia", "UAH"), ("hryvnias", "UAH"),
        ("zloty", "PLN"), ("zlotys", "PLN"), ("forint", "HUF"), ("forints", "HUF"), ("koruna", "CZK"), ("korunas", "CZK"),
        ("shekel", "ILS"), ("shekels", "ILS"), ("taka", "BDT"), ("cedi", "GHS"), ("cedis", "GHS"), ("lari", "GEL"), ("dong", "VND"),
        ("kip", "LAK"), ("colones", "CRC"), ("colón", "CRC"), ("reais", "BRL"), ("tenge", "KZT"),
        ("dinar", "dinar"), ("dinars", "dinar"), ("dirham", "AED"), ("dirhams", "AED"), ("riyal", "riyal"), ("riyals", "riyal"), ("rial", "rial"), ("rials", "rial"),
        ("krona", "SEK"), ("kronor", "SEK"), ("swedish kronor", "SEK"), ("krone", "krone"), ("kroner", "krone"), ("norwegian kroner", "NOK"), ("danish kroner", "DKK"),
        ("shilling", "shilling"), ("shillings", "shilling"), ("kenyan shillings", "KES"),
        ("markka", "FIM"), ("markkaa", "FIM"), ("finnish markka", "FIM"), ("guilder", "NLG"), ("guilders", "NLG"), ("dutch guilders", "NLG"),
        ("peseta", "ESP"), ("pesetas", "ESP"), ("escudos", "PTE"), ("drachma", "GRD"), ("drachmas", "GRD"), ("drachmae", "GRD"),
        ("deutsche marks", "DEM"), ("deutschmarks", "DEM"), ("german marks", "DEM"),
        ("bitcoin", "BTC"), ("bitcoins", "BTC"), ("satoshi", "satoshi"), ("satoshis", "satoshi"));

    private static readonly Phrases<(string Code, decimal Factor)> MinorUnits = new(
        ("cent", ("USD", 0.01m)), ("cents", ("USD", 0.01m)), ("euro cents", ("EUR", 0.01m)),
        ("penny", ("GBP", 0.01m)), ("pennies", ("GBP", 0.01m)), ("pence", ("GBP", 0.01m)), ("paise", ("INR", 0.01m)));

    /// <summary>A currency ending just before <paramref name="numberFirst"/>: $, US$, c $, USD, USD115, MAUD.</summary>
    public static bool TryBefore(TokenStream t, int numberFirst, out CurrencyMatch match)
    {
        match = default;
        var k = numberFirst - 1;
        if (!t.InRange(k) || t.Gap(k) > 2) return false;
        var token = t[k];
        if (!token.IsWord && !token.IsDigits && Signs.TryGetValue(token.Text, out var code))
        {
            var first = k;
            if (token.Text == "$")
            {
                var start = DollarPrefixes.MatchBefore(t, k, out var prefixed);
                if (start >= 0 && (t.Touches(k - 1) || (t.Gap(k - 1) <= 1 && t[k - 1].Lower is not ("a" or "s" or "r"))))
                {
                    code = prefixed;
                    first = start;
                }
            }
            match = new CurrencyMatch(code, first, k);
            return true;
        }
        if (token.IsWord)
        {
            if (t.Gap(k) > 1) return false;
            if (IsCode(token.Text))
            {
                match = new CurrencyMatch(CodeOf(token.Text), k, k);
                return true;
            }
            if (IsMillionsCode(token.Text))
            {
                match = new CurrencyMatch(CodeOf(token.Text.Substring(1)), k, k, multiplier: 1_000_000m);
                return true;
            }
            if ((token.Text == "Rs" || token.Text == "INR") && t.Gap(k) <= 1)
            {
                match = new CurrencyMatch("INR", k, k);
                return true;
            }
        }
        if (token.Is('.') && t.Word(k - 1) == "rs" && t.Touches(k - 1))
        {
            match = new CurrencyMatch("INR", k - 1, k);
            return true;
        }
        return false;
    }

    /// <summary>A currency starting at <paramref name="index"/>, after an amount: 10 $, 20 usd, 75 USD million, 100m euros, 50 cents, 10 swiss francs.</summary>
    public static bool TryAfter(TokenStream t, int index, out CurrencyMatch match)
    {
        match = default;
        if (!t.InRange(index)) return false;
        var token = t[index];
        if (!token.IsWord && !token.IsDigits)
        {
            if (!Signs.TryGetValue(token.Text, out var sign)) return false;
            match = new CurrencyMatch(sign, index, index);
            return true;
        }
        if (!token.IsWord) return false;
        if (Signs.TryGetValue(token.Text, out var script))
        {
            match = new CurrencyMatch(script, index, index);
            return true;
        }

        var end = MinorUnits.Match(t, index, out var minor);
        if (end >= 0)
        {
            match = new CurrencyMatch(minor.Code, index, end - 1, factor: minor.Factor);
            return true;
        }
        end = Names.Match(t, index, out var named);
        if (end >= 0)
        {
            match = new CurrencyMatch(named, index, end - 1);
            return true;
        }
        if (token.Lower is "pound" or "pounds")
        {
            match = new CurrencyMatch("GBP", index, index, mayBeWeight: true);
            return true;
        }
        if (IsCode(token.Text))
        {
            // "75 USD million": a scale after the code still applies to the amount.
            var scale = t.Word(index + 1) switch
            {
                "million" or "mn" or "mln" => 1_000_000m,
                "billion" or "bn" => 1_000_000_000m,
                _ => 1m,
            };
            match = new CurrencyMatch(CodeOf(token.Text), index, scale == 1 ? index : index + 1, multiplier: scale);
            return true;
        }
        if (IsMillionsCode(token.Text))
        {
            match = new CurrencyMatch(CodeOf(token.Text.Substring(1)), index, index, multiplier: 1_000_000m);
            return true;
        }
        return false;
    }

    /// <summary>"won" is a currency only after a large amount ("5,000 won"); after a small one it is a verb.</summary>
    public static bool IsWon(TokenStream t, int index, decimal amount) => t.Word(index) == "won" && amount >= 1000;

    public static bool StartsAt(TokenStream t, int index) => TryAfter(t, index, out var match) && !match.MayBeWeight;

    /// <summary>A glued minor unit: "50p", "11c".</summary>
    public static bool TryGluedMinor(TokenStream t, int numberLast, out CurrencyMatch match)
    {
        match = default;
        if (!t.Touches(numberLast)) return false;
        var text = t.InRange(numberLast + 1) && t[numberLast + 1].IsWord ? t[numberLast + 1].Text : null;
        if (text == "p")
        {
            match = new CurrencyMatch("GBP", numberLast + 1, numberLast + 1, factor: 0.01m);
            return true;
        }
        if (text == "c")
        {
            match = new CurrencyMatch("USD", numberLast + 1, numberLast + 1, factor: 0.01m);
            return true;
        }
        return false;
    }

    private static bool IsCode(string text) => Codes.Contains(text) || LowerCaseCodes.Contains(text);

    private static bool IsMillionsCode(string text) => text.Length == 4 && text[0] == 'M' && Codes.Contains(text.Substring(1));

    private static string CodeOf(string text)
    {
        var upper = text.ToUpper(CultureInfo.InvariantCulture);
        return upper == "RMB" ? "CNY" : upper;
    }
}
