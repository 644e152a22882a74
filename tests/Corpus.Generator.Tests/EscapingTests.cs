using System.Linq;
using Corpus.Generator.Emitting;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Generator.Tests;

/// <summary>No character of an article may become code, wherever it lands.</summary>
public class EscapingTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData("C:\\path", "\"C:\\\\path\"")]
    [InlineData("a\nb\rc", "\"a\\nb\\rc\"")]
    [InlineData("a\u2028b\u2029c\u0085d", "\"a\\u2028b\\u2029c\\u0085d\"")]
    [InlineData("{0} {{", "\"{0} {{\"")]
    [InlineData("\U0001F600", "\"\U0001F600\"")]
    public void StringLiteralsEscapeEverythingThatCouldEndThem(string value, string expected)
    {
        var literal = Literal.String(value);

        Assert.Equal(expected, literal);
        var parsed = SyntaxFactory.ParseExpression(literal);
        Assert.Equal(value, ((Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax)parsed).Token.ValueText);
    }

    [Fact]
    public void LoneSurrogatesAreEscapedAndPairsKept()
    {
        // Built here rather than in InlineData, which cannot carry a lone surrogate intact.
        var value = "x" + '\uD800' + "y" + '\uDC00' + "\U0001F600";
        var literal = Literal.String(value);

        Assert.Equal("\"x\\uD800y\\uDC00\U0001F600\"", literal);
        Assert.Equal(value, ((Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax)SyntaxFactory.ParseExpression(literal)).Token.ValueText);
        Assert.Equal("x\uFFFDy\uFFFD\U0001F600", DocText.Escape(value));
    }

    [Theory]
    [InlineData("a < b & c > d", "a &lt; b &amp; c &gt; d")]
    [InlineData("end</summary><code>", "end&lt;/summary&gt;&lt;code&gt;")]
    [InlineData("one\ntwo\rthree\u2028four\u2029five\u0085six", "one two three four five six")]
    [InlineData("bell\u0007", "bell\uFFFD")]
    [InlineData("Plain text, 63 dead (officials).", "Plain text, 63 dead (officials).")]
    [InlineData("  leading and trailing  ", "leading and trailing")]
    [InlineData("double  space", "double space")]
    [InlineData("tab\tthere", "tab there")]
    [InlineData("caf\u00E9 \u201Cquoted\u201D", "caf\u00E9 \u201Cquoted\u201D")]
    public void DocTextStaysOnOneLineAndInsideItsElement(string value, string expected)
    {
        Assert.Equal(expected, DocText.Escape(value));
    }

    [Fact]
    public void HostileArticleCompilesToExactlyOneArticleAndKeepsItsText()
    {
        var text =
            "\"; } public static int Injected = 1; /* </summary> <script> */ #error boom \\\n\n" +
            "Line\u2028break /// <summary>x</summary> \u0085 public class Evil { } \u2029 done.\n";
        var harness = new GeneratorHarness(new[] { TestArticle.Corpus("seeds/evil\u2028\"name.txt", text) });
        var result = harness.Run();

        Assert.Empty(harness.CompilationProblems());
        var corpus = harness.Output.GetTypeByMetadataName("Consumer.Seeds")!;
        Assert.Equal(
            new[] { "All", "EvilName", "Figures", "People", "Quotes" },
            corpus.GetMembers().Where(m => m.DeclaredAccessibility == Microsoft.CodeAnalysis.Accessibility.Public && m is Microsoft.CodeAnalysis.IPropertySymbol).Select(m => m.Name).OrderBy(n => n, System.StringComparer.Ordinal));
        Assert.Null(harness.Output.GetTypeByMetadataName("Evil"));
        Assert.Null(harness.Output.GetTypeByMetadataName("Consumer.Evil"));
        Assert.Equal(1, harness.Output.SyntaxTrees.Count(t => t.ToString().Contains("partial class Seeds")) - 1);

        var article = Assert.Single(LoadedCorpus.All(harness, "Consumer.Seeds"));
        Assert.Equal(text, article.Text);
        Assert.Equal("seeds/evil\u2028\"name.txt", article.Path);
    }
}
