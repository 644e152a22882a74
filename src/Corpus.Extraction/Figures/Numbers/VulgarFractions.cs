namespace Corpus.Extraction.Figures.Numbers;

/// <summary>The single-character fractions: ½ ⅓ ¼ ¾ and the rest.</summary>
internal static class VulgarFractions
{
    public static bool TryGet(string text, out decimal value)
    {
        value = text switch
        {
            "½" => 0.5m,
            "⅓" => 1m / 3,
            "⅔" => 2m / 3,
            "¼" => 0.25m,
            "¾" => 0.75m,
            "⅕" => 0.2m,
            "⅖" => 0.4m,
            "⅗" => 0.6m,
            "⅘" => 0.8m,
            "⅙" => 1m / 6,
            "⅚" => 5m / 6,
            "⅛" => 0.125m,
            "⅜" => 0.375m,
            "⅝" => 0.625m,
            "⅞" => 0.875m,
            "⅐" => 1m / 7,
            "⅑" => 1m / 9,
            "⅒" => 0.1m,
            _ => -1m,
        };
        return value >= 0;
    }
}
