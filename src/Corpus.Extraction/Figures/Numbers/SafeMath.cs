using System;
using System.Globalization;

namespace Corpus.Extraction.Figures.Numbers;

/// <summary>
/// Decimal arithmetic that reports overflow instead of throwing. A number beyond decimal's range
/// (about 7.9e28) is not a figure: the rule is to skip it, never to clamp it to a wrong value.
/// </summary>
internal static class SafeMath
{
    private const double Limit = 7.9e28;

    public static bool TryMultiply(decimal a, decimal b, out decimal result)
    {
        result = 0;
        if (a == 0 || b == 0) return true;
        var estimate = Math.Abs((double)a) * Math.Abs((double)b);
        if (estimate >= Limit) return false;
        // Products far below one lose all precision; such a figure means nothing to a reader.
        if (estimate != 0 && estimate < 1e-20) return false;
        result = a * b;
        return true;
    }

    public static bool TryAdd(decimal a, decimal b, out decimal result)
    {
        result = 0;
        if (Math.Abs((double)a) + Math.Abs((double)b) >= Limit) return false;
        result = a + b;
        return true;
    }

    public static bool TryDivide(decimal a, decimal b, out decimal result)
    {
        result = 0;
        if (b == 0) return false;
        var estimate = Math.Abs((double)a) / Math.Abs((double)b);
        if (estimate >= Limit) return false;
        result = a / b;
        return true;
    }

    public static bool TryFromDouble(double value, out decimal result)
    {
        result = 0;
        if (double.IsNaN(value) || double.IsInfinity(value) || Math.Abs(value) >= Limit) return false;
        if (value != 0 && Math.Abs(value) < 1e-20) return false;
        // Round to the 15 digits a double carries, so 8.954302432552389 reads as 8.95430243255239.
        return decimal.TryParse(value.ToString("G15", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out result);
    }

    public static bool TryPowerOfTen(int exponent, out decimal result)
    {
        result = 1;
        if (exponent > 28 || exponent < -28) return false;
        for (var i = 0; i < Math.Abs(exponent); i++) result *= 10;
        if (exponent < 0) result = 1 / result;
        return true;
    }

    /// <summary>Parses "1234" with optional "5678" decimals; false when the digits do not fit a decimal.</summary>
    public static bool TryParseDigits(string integerDigits, string? decimalDigits, out decimal result)
    {
        result = 0;
        var trimmed = integerDigits.TrimStart('0');
        if (trimmed.Length > 28) return false;
        var text = decimalDigits is null ? (trimmed.Length == 0 ? "0" : trimmed) : (trimmed.Length == 0 ? "0" : trimmed) + "." + Truncate(decimalDigits);
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out result);
    }

    private static string Truncate(string decimals) => decimals.Length > 20 ? decimals.Substring(0, 20) : decimals;
}
