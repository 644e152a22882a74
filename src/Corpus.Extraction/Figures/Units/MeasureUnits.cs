using System.Collections.Generic;
using Corpus.Extraction.Figures.Scanning;

namespace Corpus.Extraction.Figures.Units;

/// <summary>A unit of measure or time written after a number.</summary>
internal readonly struct UnitMatch
{
    public UnitMatch(string unit, int first, int last)
    {
        Unit = unit;
        First = first;
        Last = last;
    }

    /// <summary>The unit's usual short form: km, m2, tonnes, °C, km/h, hours, years.</summary>
    public string Unit { get; }

    public int First { get; }

    public int Last { get; }
}

/// <summary>
/// Units of length, area, volume, mass, speed, temperature, energy, data and time, in their spelled,
/// abbreviated and adjectival forms ("3-inch", "six-mile"). Single letters that are also words or
/// multipliers are read by case: "m" is metres ("M" is millions), "t" tonnes, "L" litres, "g" grams.
/// </summary>
internal static class MeasureUnits
{
    private static readonly Phrases<string> Spelled = Build();

    /// <param name="wholeNumberWritten">The number has separators or decimals ("278,000 t"), so a spaced "t" is tonnes, not a stray letter.</param>
    public static bool TryAfter(TokenStream t, int index, bool touching, out UnitMatch match, bool wholeNumberWritten = false)
    {
        match = default;
        if (!t.InRange(index)) return false;
        var token = t[index];
        if (token.IsWord)
        {
            switch (token.Text)
            {
                case "m":
                    return Single(t, index, "m", out match, powers: true);
                case "t" when touching || wholeNumberWritten:
                    return Single(t, index, "tonnes", out match);
                case "C" when touching && IsAboutTemperature(t, index):
                    return Single(t, index, "°C", out match);
                case "F" when touching && IsAboutTemperature(t, index):
                    return Single(t, index, "°F", out match);
                case "K" when touching && IsAboutTemperature(t, index):
                    return Single(t, index, "K", out match);
                case "in" when t.Word(index + 1) is "thick" or "long" or "wide" or "tall" or "high" or "deep" or "across" or "diameter":
                    return Single(t, index, "in", out match);
                case "L":
                    return Single(t, index, "l", out match);
                case "g":
                    return Single(t, index, "g", out match);
                case "MB" or "GB" or "TB" or "KB" or "kB" or "PB" or "EB":
                    return Single(t, index, token.Text == "kB" ? "KB" : token.Text, out match);
                case "mb" or "gb" or "kb":
                    return Single(t, index, token.Text == "kb" ? "kb" : char.ToUpperInvariant(token.Text[0]) + "b", out match);
            }
        }
        var end = Spelled.Match(t, index, out var unit);
        if (end < 0) return false;
        if (end == index + 1 && unit is "km" or "cm" or "mm" or "mi" or "ft" && TryPower(t, index, unit, out match)) return true;
        // A unit glued to more digits is part of a code ("24703m212").
        if (t.IsDigits(end) && t.Touches(end - 1)) return false;
        match = new UnitMatch(unit, index, end - 1);
        return true;
    }

    private static readonly string[] TemperatureWords =
    {
        "temperature", "temperatures", "degrees", "heat", "heatwave", "hot", "hotter", "cold", "colder", "warm", "warmer", "weather",
        "freezing", "frost", "celsius", "fahrenheit", "thermometer", "forecast", "cool", "cooler", "chill", "mercury", "highs", "lows",
        "warming", "climate", "degree", "heated", "scorching", "sweltering", "blistering",
    };

    /// <summary>"30C", "-10C" and "573.15K" are temperatures in a sentence about weather or heat; "13F" and "777F" are codes.</summary>
    public static bool IsAboutTemperature(TokenStream t, int index) =>
        t.HasAnyWord(TemperatureWords) || (t.IsAnyOf(index - 2, "-\u2212") && t.Touches(index - 2));

    private static bool Single(TokenStream t, int index, string unit, out UnitMatch match, bool powers = false)
    {
        if (powers && TryPower(t, index, unit, out match)) return true;
        match = default;
        if (t.IsDigits(index + 1) && t.Touches(index)) return false;
        // "L-202" is a code.
        if (t.Is(index + 1, '-') && t.Touches(index) && t.IsDigits(index + 2)) return false;
        match = new UnitMatch(unit, index, index);
        return true;
    }

    /// <summary>km2, m², m3: a square or cube glued to the unit.</summary>
    private static bool TryPower(TokenStream t, int index, string unit, out UnitMatch match)
    {
        match = default;
        if (!t.Touches(index) || !t.InRange(index + 1)) return false;
        var next = t[index + 1];
        var power = next.Text switch
        {
            "2" or "²" => "2",
            "3" or "³" => "3",
            _ => null,
        };
        if (power is null || (t.Touches(index + 1) && (t.IsDigits(index + 2) || t.IsWord(index + 2)))) return false;
        match = new UnitMatch(unit + power, index, index + 1);
        return true;
    }

    private static Phrases<string> Build()
    {
        var entries = new List<(string, string)>();
        void Add(string unit, params string[] forms)
        {
            foreach (var form in forms) entries.Add((form, unit));
        }

        Add("km", "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers");
        Add("m", "metre", "metres", "meter", "meters");
        Add("cm", "cm", "centimetre", "centimetres", "centimeter", "centimeters");
        Add("mm", "mm", "millimetre", "millimetres", "millimeter", "millimeters");
        Add("dm", "dm", "decimetre", "decimetres", "decimeter", "decimeters");
        Add("µm", "µm", "μm", "micron", "microns", "micrometre", "micrometres", "micrometer", "micrometers");
        Add("nm", "nm", "nanometre", "nanometres", "nanometer", "nanometers");
        Add("pm", "picometre", "picometres", "picometer", "picometers");
        Add("mi", "mile", "miles", "mi");
        Add("ft", "ft", "foot", "feet");
        Add("in", "inch", "inches");
        Add("yd", "yard", "yards", "yd", "yds");
        Add("nmi", "nautical mile", "nautical miles", "nmi");
        Add("ly", "light year", "light years", "light - year", "light - years", "lightyears");

        Add("km2", "km ^ 2", "square kilometre", "square kilometres", "square kilometer", "square kilometers", "sq km", "sq . km", "sq . km .", "square km");
        Add("m2", "m ^ 2", "square metre", "square metres", "square meter", "square meters", "sq m", "sq . m", "sqm");
        Add("mi2", "square mile", "square miles", "sq mi", "sq . mi", "sq . mi .", "sq miles");
        Add("ft2", "square foot", "square feet", "sq ft", "sq . ft", "sq . ft .");
        Add("ha", "ha", "hectare", "hectares");
        Add("acres", "acre", "acres");

        Add("l", "litre", "litres", "liter", "liters");
        Add("ml", "ml", "millilitre", "millilitres", "milliliter", "milliliters");
        Add("cl", "cl", "centilitre", "centilitres", "centiliter", "centiliters");
        Add("gal", "gallon", "gallons", "gal");
        Add("barrels", "barrel", "barrels", "bbl", "bbls");
        Add("barrels/day", "bpd", "barrels per day", "barrels a day");
        Add("m3", "m ^ 3", "cubic metre", "cubic metres", "cubic meter", "cubic meters");
        Add("ft3", "cubic foot", "cubic feet", "cu ft");
        Add("km3", "km ^ 3", "cubic kilometre", "cubic kilometres", "cubic kilometer", "cubic kilometers");
        Add("tbsp", "tablespoon", "tablespoons", "tbsp");
        Add("cups", "cup", "cups");
        Add("tsp", "teaspoon", "teaspoons", "tsp");

        Add("kg", "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes");
        Add("g", "gram", "grams", "gramme", "grammes");
        Add("mg", "mg", "milligram", "milligrams", "milligramme", "milligrammes");
        Add("µg", "µg", "μg", "mcg", "microgram", "micrograms", "microgramme", "microgrammes");
        Add("tonnes", "tonne", "tonnes", "metric ton", "metric tons", "metric tonne", "metric tonnes");
        Add("tons", "ton", "tons");
        Add("lb", "lb", "lbs", "pound", "pounds");
        Add("oz", "oz", "ounce", "ounces");
        Add("carats", "carat", "carats");

        Add("km/h", "km / h", "kmh", "km / hr", "kph", "kmph", "kilometres per hour", "kilometers per hour", "kilometres an hour", "kilometers an hour", "km per hour", "km an hour");
        Add("mph", "mph", "miles per hour", "miles an hour", "mi / h", "mile per hour");
        Add("m/s", "m / s", "metres per second", "meters per second", "metres a second", "meters a second");
        Add("knots", "knot", "knots");

        Add("°C", "° c", "º c", "°c", "degrees celsius", "degree celsius", "degrees centigrade", "degree centigrade", "deg c", "deg celsius", "deg . celsius",
            "degrees c", "degree c", "celsius", "celcius", "centigrade", "centigrate");
        Add("°F", "° f", "º f", "°f", "degrees fahrenheit", "degree fahrenheit", "deg f", "deg fahrenheit", "degrees f", "degree f", "fahrenheit", "farenheit");
        Add("K", "kelvin", "kelvins");
        Add("°", "°", "º", "degrees", "degree", "deg", "deg .");
        Add("rad", "rad", "radian", "radians");
        Add("magnitude", "magnitude", "on the richter scale");

        Add("Wh", "wh", "watt hour", "watt hours", "watt - hours");
        Add("kWh", "kwh", "kilowatt hour", "kilowatt hours", "kilowatt - hours");
        Add("MWh", "mwh", "megawatt hour", "megawatt hours", "megawatt - hours");
        Add("GWh", "gwh", "gigawatt hour", "gigawatt hours", "gigawatt - hours");
        Add("TWh", "twh", "terawatt hour", "terawatt hours", "terawatt - hours");
        Add("W", "watt", "watts");
        Add("kW", "kw", "kilowatt", "kilowatts");
        Add("MW", "mw", "megawatt", "megawatts");
        Add("GW", "gw", "gigawatt", "gigawatts");
        Add("TW", "tw", "terawatt", "terawatts");
        Add("V", "volt", "volts");
        Add("kV", "kv", "kilovolt", "kilovolts");
        Add("Hz", "hz", "hertz");
        Add("kHz", "khz", "kilohertz");
        Add("MHz", "mhz", "megahertz");
        Add("GHz", "ghz", "gigahertz");
        Add("eV", "ev", "electronvolt", "electronvolts");
        Add("keV", "kev");
        Add("MeV", "mev");
        Add("GeV", "gev");
        Add("TeV", "tev");
        Add("kcal", "kcal", "kilocalorie", "kilocalories");
        Add("calories", "calorie", "calories");

        Add("bits", "bit", "bits");
        Add("bytes", "byte", "bytes");
        Add("KB", "kilobyte", "kilobytes");
        Add("MB", "megabyte", "megabytes");
        Add("GB", "gigabyte", "gigabytes");
        Add("TB", "terabyte", "terabytes");
        Add("PB", "petabyte", "petabytes");
        Add("EB", "exabyte", "exabytes");
        Add("kbps", "kbps", "kbit / s");
        Add("Mbps", "mbps", "mbit / s");
        Add("Gbps", "gbps", "gbit / s");

        Add("seconds", "second", "seconds", "sec", "secs");
        Add("ms", "millisecond", "milliseconds");
        Add("minutes", "minute", "minutes", "min", "mins");
        Add("hours", "hour", "hours", "hr", "hrs");
        Add("days", "day", "days");
        Add("weeks", "week", "weeks");
        Add("fortnights", "fortnight", "fortnights");
        Add("months", "month", "months");
        Add("years", "year", "years", "yr", "yrs");
        Add("decades", "decade", "decades");
        Add("centuries", "century", "centuries");
        Add("millennia", "millennium", "millennia");

        return new Phrases<string>(entries.ToArray());
    }
}
