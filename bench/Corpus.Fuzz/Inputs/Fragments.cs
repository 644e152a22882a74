namespace Corpus.Fuzz.Inputs;

/// <summary>
/// The pieces hostile and broken articles are made of: every quotation mark the engine knows and a few
/// it does not, every line break C#, Roslyn and Unicode know, numbers no decimal holds, surrogates
/// whole and split, control and format characters, and text that tries to end a literal or a comment.
/// </summary>
public static class Fragments
{
    public static readonly string[] QuoteMarks =
    {
        "\"", "'", "\u201C", "\u201D", "\u2018", "\u2019", "\u00AB", "\u00BB", "\u2039", "\u203A", "\u201E", "\u201A",
        "\u300C", "\u300D", "``", "''", "\u2033", "\u02BA", ",\u201D", ".\u201D", "\u201C\u2018", "\u2019\u201D",
    };

    public static readonly string[] LineBreaks =
    {
        "\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029", "\n\n", "\r\n\r\n", "\r\r", "\n\r", "\f", "\v",
    };

    public static readonly string[] Numbers =
    {
        "0", "7", "63", "800", "1,000", "2.5", "1 000", "1\u00A0000", "10.000", "3-1", "60-odd", "17-year-old",
        "$3bn", "\u00A32.5m", "\u20AC1,2 Mrd", "40%", "99.9 per cent", "\u00BD", "2\u00BE", "one in five", "two thirds",
        "79228162514264337593543950335", "79228162514264337593543950336", "-79228162514264337593543950336",
        "999999999999999999999999999999999999999999", "1e400", "1E-400", "0.00000000000000000000000000001",
        "10,000,000,000,000,000,000,000,000,000,000", "$99,999,999,999,999,999,999,999,999,999 trillion",
        "thousands of millions of billions of trillions", "a million million million million million",
        "between 200 and 99999999999999999999999999999", "9999999999999999999999999999%", "1/0", "0/0",
        "\u0663\u0660", "\uFF11\uFF12\uFF13", "\uD835\uDFD7", "No. 1", "1st", "2nd", "101st", "the 1,000,000,000,000,000,000,000,000,000,000th",
    };

    public static readonly string[] Surrogates =
    {
        "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDC00\uD800", "\uD83D\uDE00", "\uD835\uDC00", "\uD800\uD800", "\uDFFF\uDFFF",
    };

    /// <summary>Control, format and odd characters: NUL, BOM, bidi overrides, zero-width, replacement, non-characters.</summary>
    public static readonly string[] OddCharacters =
    {
        "\0", "\u0001", "\u0007", "\u001B", "\u007F", "\u0080", "\u009F", "\uFEFF", "\u202E", "\u202D", "\u2066", "\u2069",
        "\u200B", "\u200C", "\u200D", "\u2060", "\u00AD", "\uFFFD", "\uFFFE", "\uFFFF", "\t", "\u00A0", "\u3000", "\u1680",
        "\u0301", "\u034F", "\u180E",
    };

    /// <summary>Text that tries to become code in each place generated code puts article text.</summary>
    public static readonly string[] Injections =
    {
        "\"; } public static int Injected = 1; /*", "*/ class Evil { } /*", "</summary><summary>evil</summary>",
        "</c></para></remarks><exception cref=\"Evil\"/>", "\\", "\\\"", "\\u0022", "{0} {{ }} $\"{Evil()}\"",
        "\n#if false\n", "\n#error boom\n", "\n#define EVIL\n", "\u2028#pragma warning disable\u2028", "\u0085#line 1 \"evil.cs\"\u0085",
        "/// <summary>x</summary>", "// comment", "]]>", "<![CDATA[", "&amp;", "&#x0;", "&", "<", ">", "\"\"\"", "@\"", "'\\''",
        "}}}}}}", "{{{{", "/*", "*/", "#region", "\u2029#endif\u2029",
    };

    /// <summary>What the engine looks for at line level: front matter fences and keys, furniture, advertisements.</summary>
    public static readonly string[] Structure =
    {
        "---\n", "\n---\n", "...\n", "---", "title: ", "published: ", "source: ", "section: ", "url: ", "key: |\n  ", "# comment\n",
        "More In: World | News", "\nMore In: International | News", "Advertisement", "\nADVERTISEMENT\n", "Share this:",
        "\u00A9 2010 Example News", "Section: Asia", "Read more", "Mr. ", "Ms. ", "U.S. ", "e.g. ", "a.m. ", "No. ",
        "...", "\u2026", "?!", ". . .", " said. ", " said, ", " according to ", "\u201D he said.", "(", ")", "[", "]",
    };

    public static readonly string[] Words =
    {
        "the", "Osh", "Kyrgyzstan", "Russia", "said", "troops", "Mr", "Otunbayeva", "killed", "wounded", "people",
        "officials", "on", "Saturday", "government", "an", "of", "in", "to", "violence", "Kremlin", "spokesperson",
        "Natalia", "Timakova", "according", "reports", "Uzbek", "mobs", "city", "\u041E\u0448", "\u6771\u4EAC", "caf\u00E9",
        "na\u00EFve", "\u0645\u0631\u062D\u0628\u0627", "\u05E9\u05DC\u05D5\u05DD", "e\u0301", "\uD83D\uDD25",
    };
}
