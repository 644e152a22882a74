using System.Collections.Generic;
using System.Linq;

namespace Corpus.Generator.Tests.Hostile;

/// <summary>An article written to break out of the place its text lands in generated code.</summary>
internal sealed record HostileArticle(string Path, string Text, IReadOnlyDictionary<string, string>? Metadata = null);

/// <summary>
/// Every payload in every place article text reaches generated code: the title (front matter and item
/// metadata), the lead (hover docs), a sentence, the file name (identifier, hint name, path literal,
/// <c>//</c> and <c>&lt;c&gt;</c> docs), source/section/url (front matter and item metadata) and figures
/// (their <c>//</c> comment, member name and hover docs). Payloads try to end a string literal, a
/// comment or an XML element, start a directive after each of the line breaks C# knows, hide code with
/// bidi overrides and zero-width characters, or break UTF-16 with lone surrogates.
/// </summary>
internal static class HostileArticles
{
    public static readonly IReadOnlyDictionary<string, string> Payloads = new Dictionary<string, string>
    {
        ["literal-end"] = "\"; } public static int Injected = 1; static void X() { var s = \"",
        ["comment-end"] = "*/ public class Evil { } /*",
        ["summary-end"] = "</summary><summary>evil</summary>",
        ["xml"] = "</c></para></remarks><exception cref=\"Evil\"/> &amp; & ]]> <![CDATA[ <!-- -->",
        ["backslash"] = "C:\\path\\ \\\" \\u0022 \\",
        ["braces"] = "{0} {{ }} $\"{Evil()}\" }",
        ["if-after-lf"] = "x\n#if false\ny",
        ["error-after-cr"] = "x\r#error boom\ry",
        ["define-after-crlf"] = "x\r\n#define EVIL\r\ny",
        ["pragma-after-nel"] = "x\u0085#pragma warning disable\u0085y",
        ["line-after-ls"] = "x\u2028#line 1 \"evil.cs\"\u2028y",
        ["endif-after-ps"] = "x\u2029#endif\u2029y",
        ["doc-comment"] = "\n/// <summary>x</summary>\npublic static int Evil => 1;\n// ",
        ["bidi"] = "admin\u202E \u2066txt.cs\u2069 \u202D} class Evil {\u202C",
        ["zero-width"] = "ze\u200Bro\u200C wi\u200Ddth\uFEFF\u2060\u00AD",
        ["lone-surrogates"] = "\uD800 lone \uDC00 and reversed \uDC00\uD800 end\uD83D",
        ["controls"] = "nul\0 bell\u0007 esc\u001B del\u007F c1\u0085\u009B",
        ["raw-and-verbatim"] = "\"\"\" raw @\"verbatim\" u8\"\"u8",
        ["escapes-as-text"] = "\\u000A \\u2028 \\x0A \\n",
        ["long"] = string.Concat(Enumerable.Repeat("\"*/</summary>\u2028", 400)),
    };

    public static readonly IReadOnlyDictionary<string, HostileArticle> All = Build();

    public static IEnumerable<object[]> Names() => All.Keys.Select(name => new object[] { name });

    /// <summary>
    /// What a file system can hold as a name: no NUL, no lone surrogate (names are bytes, read as UTF-8),
    /// at most 255 bytes.
    /// </summary>
    public static bool IsPossibleFileName(string name)
    {
        if (name.Contains('\0') || System.Text.Encoding.UTF8.GetByteCount(name + ".txt") > 255) return false;
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsHighSurrogate(name[i]) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1])) i++;
            else if (char.IsSurrogate(name[i])) return false;
        }
        return true;
    }

    private static IReadOnlyDictionary<string, HostileArticle> Build()
    {
        var cases = new Dictionary<string, HostileArticle>();
        foreach (var (name, payload) in Payloads)
        {
            cases["title/" + name] = new("seeds/title.txt", $"---\ntitle: {payload}\n---\nThe body of the article.\n");
            cases["lead/" + name] = new("seeds/lead.txt", $"{payload} opened the first paragraph. And went on.\n\nA second paragraph.\n");
            cases["sentence/" + name] = new("seeds/sentence.txt", $"A first paragraph.\n\nOfficials said {payload} on Monday. Then more.\n");
            cases["metadata/" + name] = new("seeds/metadata.txt", $"---\nsource: {payload}\nsection: {payload}\nurl: {payload}\n---\nBody.\n");
            cases["figure/" + name] = new("seeds/figure.txt", $"More than 60 {payload} people were killed and {payload}800 wounded, {payload} $3bn lost.\n");
            cases["item/" + name] = new("seeds/item.txt", "A plain article.\n", new Dictionary<string, string>
            {
                ["CorpusTitle"] = payload, ["CorpusSource"] = payload, ["CorpusSection"] = payload, ["CorpusUrl"] = payload,
            });
            if (IsPossibleFileName(payload)) cases["file/" + name] = new("seeds/" + payload + ".txt", "A plain article.\n");
        }
        return cases;
    }
}
