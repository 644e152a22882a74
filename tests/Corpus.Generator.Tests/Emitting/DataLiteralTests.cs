using System.Linq;
using Corpus.Extraction.Model;
using Corpus.Generator.Emitting;
using Corpus.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Generator.Tests.Emitting;

/// <summary>
/// Data lines become literals the compiler reads back as exactly those lines joined by line breaks,
/// whatever quotes and backslashes they hold: as one raw <c>u8</c> literal, or before C# 11 as a chain of
/// string literals short enough for the compiler's stack.
/// </summary>
public class DataLiteralTests
{
    private static readonly string[] Awkward =
    {
        "plain",
        "a \" quote, \"\" two, \"\"\" three and \"\"\"\"\" five in a row",
        "\"\"\"\"",
        "back\\slash \\n \\\" and {braces} $\"{x}\"",
        "\"starts and ends with a quote\"",
    };

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void TheCompilerReadsBackTheLines(bool utf8)
    {
        var (value, literals) = Read(Awkward, utf8);

        Assert.Equal(string.Join("\n", Awkward), value);
        Assert.Equal(utf8 ? 1 : Awkward.Length, literals);
    }

    [Fact]
    public void U8DataIsOneRawLiteralWithALinePerRecord()
    {
        var writer = new CodeWriter();
        DataLiteral.Write(writer, Awkward, ";", Options(utf8: true));
        var lines = writer.ToString().TrimEnd('\n').Split('\n');

        Assert.Equal(Awkward.Length + 2, lines.Length);
        Assert.Equal("\"\"\"\"\"\"", lines[0]);
        Assert.Equal(Awkward, lines.Skip(1).Take(Awkward.Length));
        Assert.Equal("\"\"\"\"\"\"u8;", lines[^1]);
    }

    [Fact]
    public void ManyLinesOfStringDataChainFewLiterals()
    {
        var lines = Enumerable.Range(0, 60_000).Select(i => "person " + i).ToArray();

        var (value, literals) = Read(lines, utf8: false);

        Assert.Equal(string.Join("\n", lines), value);
        Assert.InRange(literals, 200, 256);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void EmptyLinesAreKept(bool utf8)
    {
        Assert.Equal(("", 1), Read(System.Array.Empty<string>(), utf8));
        Assert.Equal(("", 1), Read(new[] { "" }, utf8));
        Assert.Equal("\n", Read(new[] { "", "" }, utf8).Value);
        Assert.Equal("\nx\n", Read(new[] { "", "x", "" }, utf8).Value);
    }

    private static (string Value, int Literals) Read(string[] lines, bool utf8)
    {
        var writer = new CodeWriter();
        writer.Indent().Indent();
        DataLiteral.Write(writer, lines, "", Options(utf8));
        var expression = SyntaxFactory.ParseExpression(writer.ToString(), options: new CSharpParseOptions(LanguageVersion.CSharp11));

        Assert.Empty(expression.GetDiagnostics());
        var tokens = expression.DescendantTokens()
            .Where(t => t.IsKind(SyntaxKind.Utf8MultiLineRawStringLiteralToken) || t.IsKind(SyntaxKind.Utf8StringLiteralToken) || t.IsKind(SyntaxKind.StringLiteralToken))
            .ToList();
        Assert.All(tokens, t => Assert.Equal(utf8, t.Text.EndsWith("u8")));
        return (string.Concat(tokens.Select(t => t.ValueText)), tokens.Count);
    }

    private static CorpusOptions Options(bool utf8) =>
        new(null, Nullable: true, Utf8Literals: utf8, NamedMembersOptions.All, EquatableArray<DiagnosticInfo>.Empty);
}
