using System;
using System.Text;

namespace Corpus.Shared;

/// <summary>
/// Turns an article file's bytes into text by the rules the C# compiler applies to AdditionalFiles,
/// so the text the generator saw at build time and the text read back from the assembly at run time
/// are the same string: a byte order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE), otherwise strict
/// UTF-8, otherwise Windows-1252 (the code page of old CMS exports with smart quotes).
/// Compiled into both the runtime library and the engine, which share no assembly.
/// </summary>
internal static class ArticleBytes
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DecodedArticle Decode(byte[] bytes)
    {
        if (bytes is null) throw new ArgumentNullException(nameof(bytes));

        if (StartsWith(bytes, 0xEF, 0xBB, 0xBF))
            return new DecodedArticle(new UTF8Encoding(false, false).GetString(bytes, 3, bytes.Length - 3), "utf-8-bom");
        if (StartsWith(bytes, 0xFF, 0xFE, 0x00, 0x00))
            return new DecodedArticle(new UTF32Encoding(bigEndian: false, byteOrderMark: false).GetString(bytes, 4, bytes.Length - 4), "utf-32le");
        if (StartsWith(bytes, 0xFF, 0xFE))
            return new DecodedArticle(new UnicodeEncoding(bigEndian: false, byteOrderMark: false).GetString(bytes, 2, bytes.Length - 2), "utf-16le");
        if (StartsWith(bytes, 0xFE, 0xFF))
            return new DecodedArticle(new UnicodeEncoding(bigEndian: true, byteOrderMark: false).GetString(bytes, 2, bytes.Length - 2), "utf-16be");

        try
        {
            return new DecodedArticle(StrictUtf8.GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            return new DecodedArticle(Windows1252(bytes), "windows-1252");
        }
    }

    /// <summary>
    /// FNV-1a over the UTF-16 code units: cheap, stable across processes and frameworks (unlike
    /// string.GetHashCode), and enough to notice that a file changed after it was compiled.
    /// </summary>
    public static uint Checksum(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ (c & 0xFFu)) * 16777619u);
            hash = unchecked((hash ^ (uint)(c >> 8)) * 16777619u);
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

    private static string Windows1252(byte[] bytes)
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

    /// <summary>The encoding that decoded the bytes: utf-8, utf-8-bom, utf-16le, utf-16be, utf-32le or windows-1252.</summary>
    public string Encoding { get; }
}
