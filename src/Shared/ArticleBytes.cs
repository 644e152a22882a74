using System;
using System.Runtime.CompilerServices;
using System.Text;

namespace Corpus.Shared;

/// <summary>
/// Turns an article file's bytes into text the way the C# compiler does for AdditionalFiles when it
/// runs on .NET: a byte order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE), otherwise UTF-8, with
/// U+FFFD for bytes that are not UTF-8 (the engine then reports CORPUS005). The generator records the
/// encoding the compiler actually used, and the runtime decodes the embedded bytes with that one, so
/// build time and run time agree even where a compiler falls back to another code page.
/// Compiled into both the runtime library and the engine, which share no assembly.
/// </summary>
internal static class ArticleBytes
{
    public const string Utf8 = "utf-8";
    public const string Utf16LittleEndian = "utf-16";
    public const string Utf16BigEndian = "utf-16BE";
    public const string Utf32LittleEndian = "utf-32";
    public const string Windows1252 = "windows-1252";
    public const string Latin1 = "iso-8859-1";

    public static DecodedArticle Decode(byte[] bytes)
    {
        if (bytes is null) throw new ArgumentNullException(nameof(bytes));
        return Decode(bytes, Detect(bytes));
    }

    /// <summary>Decodes with a named encoding (a web name, as <c>Encoding.WebName</c> gives it), skipping its byte order mark.</summary>
    public static DecodedArticle Decode(byte[] bytes, string encoding)
    {
        if (bytes is null) throw new ArgumentNullException(nameof(bytes));
        switch (encoding.ToLowerInvariant())
        {
            case "utf-8":
                var utf8Bom = StartsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
                return new DecodedArticle(new UTF8Encoding(false, false).GetString(bytes, utf8Bom, bytes.Length - utf8Bom), Utf8);
            case "utf-16":
            case "utf-16le":
                var leBom = StartsWith(bytes, 0xFF, 0xFE) ? 2 : 0;
                return new DecodedArticle(new UnicodeEncoding(false, false).GetString(bytes, leBom, bytes.Length - leBom), Utf16LittleEndian);
            case "utf-16be":
                var beBom = StartsWith(bytes, 0xFE, 0xFF) ? 2 : 0;
                return new DecodedArticle(new UnicodeEncoding(true, false).GetString(bytes, beBom, bytes.Length - beBom), Utf16BigEndian);
            case "utf-32":
            case "utf-32le":
                var utf32Bom = StartsWith(bytes, 0xFF, 0xFE, 0x00, 0x00) ? 4 : 0;
                return new DecodedArticle(new UTF32Encoding(false, false).GetString(bytes, utf32Bom, bytes.Length - utf32Bom), Utf32LittleEndian);
            case "windows-1252":
                return new DecodedArticle(DecodeWindows1252(bytes), Windows1252);
            case "iso-8859-1":
            case "latin1":
                return new DecodedArticle(DecodeLatin1(bytes), Latin1);
            default:
                throw new NotSupportedException($"Articles in the encoding '{encoding}' cannot be read back; save them as UTF-8.");
        }
    }

    private static string Detect(byte[] bytes)
    {
        if (StartsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) return Utf32LittleEndian;
        if (StartsWith(bytes, 0xFF, 0xFE)) return Utf16LittleEndian;
        if (StartsWith(bytes, 0xFE, 0xFF)) return Utf16BigEndian;
        return Utf8;
    }

    /// <summary>
    /// FNV-1a over the UTF-16 code units: cheap, stable across processes and frameworks (unlike
    /// string.GetHashCode), and enough to notice that a file changed after it was compiled.
    /// </summary>
    [MethodImpl(HotPath.OptimizeNow)]
    public static uint Checksum(string text)
    {
        // For a character below U+0100 the high byte is 0, and FNV-1a's step for a 0 byte is a bare
        // multiplication: both steps are one multiplication by the prime squared, half the latency.
        const uint primeSquared = unchecked(Fnv1a.Prime * Fnv1a.Prime);
        var hash = Fnv1a.Basis;
        foreach (var c in text)
        {
            if (c < 0x100)
            {
                hash = unchecked((hash ^ c) * primeSquared);
                continue;
            }
            hash = Fnv1a.Step(Fnv1a.Step(hash, c & 0xFFu), (uint)(c >> 8));
        }
        return hash;
    }

    private static bool StartsWith(byte[] bytes, params byte[] prefix)
    {
        if (bytes.Length < prefix.Length) return false;
        for (var i = 0; i < prefix.Length; i++)
        {
            if (bytes[i] != prefix[i]) return false;
        }
        return true;
    }

    // Windows-1252 is Latin-1 except 0x80-0x9F; the five bytes it leaves undefined map to the C1
    // control of the same value, as .NET's code page provider does.
    private static readonly char[] High1252 =
    {
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    };

    private static string DecodeLatin1(byte[] bytes)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++) chars[i] = (char)bytes[i];
        return new string(chars);
    }

    private static string DecodeWindows1252(byte[] bytes)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            chars[i] = b >= 0x80 && b <= 0x9F ? High1252[b - 0x80] : (char)b;
        }
        return new string(chars);
    }
}

internal readonly struct DecodedArticle
{
    public DecodedArticle(string text, string encoding)
    {
        Text = text;
        Encoding = encoding;
    }

    public string Text { get; }

    /// <summary>The web name of the encoding that decoded the bytes (utf-8, utf-16, utf-16BE, utf-32, windows-1252, iso-8859-1).</summary>
    public string Encoding { get; }
}
