using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator.Tests.Hostile;

/// <summary>
/// Files whose bytes are not plain UTF-8: byte order marks, UTF-16 and UTF-32, invalid and truncated
/// UTF-8, Windows-1252 exports, NULs and binary. Each is decoded as the engine and runtime decode
/// (<c>ArticleDecoder</c>, which must agree with Roslyn's reading of the same bytes), compiled beside a good
/// article, and must give its located diagnostics or a correct article whose <c>Text</c> is what was decoded.
/// The compiler's own reading of real files is tests/Corpus.Seeds.Tests/EncodingTests.cs.
/// </summary>
public class EncodedInputTests
{
    private const string Prose = "\u201C\u041E\u0448 is calm tonight,\u201D the mayor said.\r\n\r\nCaf\u00E9 owners \u2013 na\u00EFve or brave \u2013 reopened.\r\n";
    private static readonly string[] None = Array.Empty<string>();

    private sealed record Input(byte[] Bytes, string Encoding, string[] Required, string[] Allowed);

    private static readonly IReadOnlyDictionary<string, Input> Inputs = new Dictionary<string, Input>
    {
        ["UTF-8 without BOM"] = new(Utf8(Prose), "utf-8", None, None),
        ["UTF-8 with BOM"] = new(Bom(new byte[] { 0xEF, 0xBB, 0xBF }, Utf8(Prose)), "utf-8", None, None),
        ["UTF-16 LE with BOM"] = new(Bom(new byte[] { 0xFF, 0xFE }, Encoding.Unicode.GetBytes(Prose)), "utf-16", None, None),
        ["UTF-16 BE with BOM"] = new(Bom(new byte[] { 0xFE, 0xFF }, Encoding.BigEndianUnicode.GetBytes(Prose)), "utf-16BE", None, None),
        ["UTF-32 LE with BOM"] = new(Bom(new byte[] { 0xFF, 0xFE, 0x00, 0x00 }, Encoding.UTF32.GetBytes(Prose)), "utf-32", None, None),
        ["UTF-16 LE without BOM"] = new(Encoding.Unicode.GetBytes(Prose), "utf-8", new[] { "CORPUS004" }, new[] { "CORPUS005" }),
        ["UTF-16 with a lone surrogate"] = new(Bom(new byte[] { 0xFF, 0xFE }, Encoding.Unicode.GetBytes("Before.").Concat(new byte[] { 0x00, 0xD8 }).Concat(Encoding.Unicode.GetBytes(" After.")).ToArray()), "utf-16", new[] { "CORPUS005" }, None),
        ["UTF-16 cut mid-character"] = new(Bom(new byte[] { 0xFF, 0xFE }, Encoding.Unicode.GetBytes("Cut short.")).Concat(new byte[] { 0x41 }).ToArray(), "utf-16", new[] { "CORPUS005" }, None),
        ["a BOM and nothing else"] = new(new byte[] { 0xEF, 0xBB, 0xBF }, "utf-8", new[] { "CORPUS002" }, None),
        ["two UTF-8 BOMs: the second is text"] = new(new byte[] { 0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF }.Concat(Utf8("Zero width no-break space first.\n")).ToArray(), "utf-8", None, None),
        ["a UTF-16 BOM and nothing else"] = new(new byte[] { 0xFF, 0xFE }, "utf-16", new[] { "CORPUS002" }, None),
        ["invalid UTF-8"] = new(Utf8("Over").Concat(new byte[] { 0xC0, 0x80 }).Concat(Utf8("long; surrogate ")).Concat(new byte[] { 0xED, 0xA0, 0x80 }).Concat(Utf8(" five bytes ")).Concat(new byte[] { 0xF8, 0x88, 0x80, 0x80, 0x80, 0xFF, 0xFE }).Concat(Utf8(" end.\n")).ToArray(), "utf-8", new[] { "CORPUS005" }, None),
        ["UTF-8 cut mid-character"] = new(Utf8("The last word is caf").Concat(new byte[] { 0xC3 }).ToArray(), "utf-8", new[] { "CORPUS005" }, None),
        ["Windows-1252"] = new(new byte[] { 0x93 }.Concat(Utf8("Osh is calm,")).Concat(new byte[] { 0x94 }).Concat(Utf8(" the mayor said.\r\n\r\nCaf")).Concat(new byte[] { 0xE9, 0x20, 0x96, 0x20 }).Concat(Utf8("reopened.\r\n")).ToArray(), "utf-8", new[] { "CORPUS005" }, None),
        ["NUL bytes"] = new(Utf8("Text\0with\0\0NULs.\n"), "utf-8", new[] { "CORPUS004" }, None),
        ["a PNG file"] = new(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52 }.Concat(Noise(2048)).ToArray(), "utf-8", new[] { "CORPUS004", "CORPUS005" }, new[] { "CORPUS006", "CORPUS101" }),
    };

    public static IEnumerable<object[]> Names() => Inputs.Keys.Select(name => new object[] { name });

    [Theory]
    [MemberData(nameof(Names))]
    public void EncodedFileGivesLocatedDiagnosticsOrACorrectArticle(string name)
    {
        var input = Inputs[name];
        var broken = new EncodedArticle("seeds/encoded.txt", input.Bytes);
        var harness = new GeneratorHarness(new AdditionalText[] { broken, TestArticle.Corpus(BrokenInputOutcome.GoodPath, BrokenInputOutcome.GoodText) });
        EncodedArticle.Register(harness, new[] { broken });
        var result = harness.Run();

        // The engine decodes as Roslyn does: same characters, same encoding.
        var compiler = broken.CompilerText();
        Assert.Equal(compiler.ToString(), broken.Text);
        Assert.Equal(input.Encoding, broken.EncodingName);
        Assert.Equal(compiler.Encoding?.WebName, broken.EncodingName);

        BrokenInputOutcome.Assert(harness, result, broken, "seeds/encoded.txt", input.Required, input.Allowed);
    }

    [Fact]
    public void UnicodeEncodingsAllGiveTheSameArticle()
    {
        // Saved five ways, the same prose must be read to the same model: encoding is not content.
        var models = new[] { "UTF-8 without BOM", "UTF-8 with BOM", "UTF-16 LE with BOM", "UTF-16 BE with BOM", "UTF-32 LE with BOM" }
            .Select(name => ArticleRoundTrip.Model("seeds/encoded.txt", new EncodedArticle("seeds/encoded.txt", Inputs[name].Bytes).Text))
            .ToList();

        Assert.All(models, model => Assert.Equal(models[0], model));
    }

    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    private static byte[] Bom(byte[] bom, byte[] bytes) => bom.Concat(bytes).ToArray();

    private static byte[] Noise(int count)
    {
        var bytes = new byte[count];
        new Random(1252).NextBytes(bytes);
        return bytes;
    }
}
