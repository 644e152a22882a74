using System;
using System.Globalization;

namespace Corpus.Extraction.Text;

/// <summary>
/// A published date must be ISO 8601 (a date, or a date-time with an optional offset): anything looser
/// ("12/06/2010") reads differently from one culture to the next. It must also parse with
/// <see cref="DateTimeOffset.Parse(string, IFormatProvider, DateTimeStyles)"/>, which is what the runtime calls.
/// </summary>
internal static class PublishedDate
{
    private static readonly string[] Formats =
    {
        "yyyy-MM-dd",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mmK",
        "yyyy-MM-dd HH:mm:ssK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
    };

    public const string Example = "2010-06-12 or 2010-06-12T14:30:00+02:00";

    /// <summary>The date as stored in the model (trimmed), or null when it is not an ISO 8601 date.</summary>
    public static string? Normalize(string value)
    {
        var trimmed = value.Trim();
        var valid =
            DateTimeOffset.TryParseExact(trimmed, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _) &&
            DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _);
        return valid ? trimmed : null;
    }
}
