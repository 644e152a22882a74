using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Corpus.Generator.Tests.Infrastructure;

/// <summary>
/// Checks that generated code is only what the generator means to write, whatever text went into it:
/// text that escaped a literal or a comment would show as a syntax error, an extra line, a directive,
/// malformed doc XML, a type or member the generator never declares, or a call it never makes.
/// </summary>
internal static class GeneratedCode
{
    /// <summary>
    /// Each generated file, re-parsed with doc comments diagnosed: no syntax or XML error, no directive but
    /// the nullable context's, no disabled or skipped text, no block comment, exactly as many lines as the
    /// writer wrote (so no character C# reads as a line break got through), and no control, format (bidi,
    /// zero-width) or lone surrogate character anywhere.
    /// </summary>
    public static void AssertInert(GeneratorRunResult result, CSharpParseOptions parseOptions)
    {
        Assert.NotEmpty(result.GeneratedSources);
        foreach (var source in result.GeneratedSources)
        {
            var text = source.SourceText.ToString();
            var tree = CSharpSyntaxTree.ParseText(source.SourceText, parseOptions.WithDocumentationMode(DocumentationMode.Diagnose), path: source.HintName);
            Assert.True(!tree.GetDiagnostics().Any(), source.HintName + ": " + string.Join("\n", tree.GetDiagnostics()));

            var trivia = tree.GetRoot().DescendantTrivia(descendIntoTrivia: true).ToList();
            var directives = trivia.Where(t => t.IsDirective).Select(d => d.ToString().Trim()).ToList();
            Assert.True(directives.Count == 0 || directives.SequenceEqual(Corpus.Generator.Emitting.SourceFile.NullableDirectives), source.HintName + ": " + string.Join(", ", directives));
            Assert.DoesNotContain(trivia, t =>
                t.IsKind(SyntaxKind.DisabledTextTrivia) || t.IsKind(SyntaxKind.SkippedTokensTrivia) ||
                t.IsKind(SyntaxKind.MultiLineCommentTrivia) || t.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia));

            Assert.Equal(text.Count(c => c == '\n') + 1, source.SourceText.Lines.Count);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }
                var invisible = (char.IsControl(c) && c != '\n') || char.IsSurrogate(c)
                    || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
                Assert.False(invisible, $"{source.HintName}: U+{(int)c:X4} at {i}, line {source.SourceText.Lines.GetLinePosition(i).Line + 1}");
            }
        }
    }

    /// <summary>
    /// The compilation declares the consumer's <c>Program</c>, one corpus class and the nested list types
    /// the generator gives every corpus, and nothing else. The corpus class holds, per article, its
    /// property and a data class with exactly the members a plain article's has, and otherwise exactly the
    /// members a corpus of one plain article has; each nested list holds the members it has for a plain
    /// article, item properties of its item type, and the people's blocks of data. The plain corpus is generated here, so the check
    /// follows the generator as it grows.
    /// Returns the corpus class.
    /// </summary>
    public static INamedTypeSymbol AssertOnlyCorpus(Compilation output, int articles)
    {
        var types = AllTypes(output.Assembly.GlobalNamespace).ToList();
        var corpus = Assert.Single(types, t => t.ContainingType is null && t.Name != "Program");
        var plain = PlainShape.Value;
        Assert.Equal(
            new[] { "Consumer.Program", corpus.ToDisplayString() }.Concat(plain.Nested.Keys.Select(n => corpus.ToDisplayString() + "." + n)).OrderBy(n => n, StringComparer.Ordinal),
            types.Select(t => t.ToDisplayString()).OrderBy(n => n, StringComparer.Ordinal));

        var articleProperties = corpus.GetMembers().OfType<IPropertySymbol>().Where(p => p.Type.ToDisplayString() == "Corpus.Article").Select(p => p.Name).ToList();
        Assert.Equal(articles, articleProperties.Count);
        var expected = plain.Members.Concat(articleProperties);
        Assert.Equal(expected.OrderBy(n => n, StringComparer.Ordinal), Names(corpus).OrderBy(n => n, StringComparer.Ordinal));

        var dataClasses = corpus.GetTypeMembers("ArticleData").Single().GetTypeMembers();
        Assert.Equal(articles, dataClasses.Length);
        Assert.All(dataClasses, data => Assert.Equal(plain.DataMembers.OrderBy(n => n, StringComparer.Ordinal), Names(data).OrderBy(n => n, StringComparer.Ordinal)));

        foreach (var nested in corpus.GetTypeMembers())
        {
            var item = ItemType(nested);
            var own = Declared(nested)
                .Where(m => !(m is IPropertySymbol property && item is not null && SymbolEqualityComparer.Default.Equals(property.Type, item)))
                .Where(m => !(nested.Name == "PersonList" && IsDataBlock(m)));
            Assert.Equal(plain.Nested[nested.Name].OrderBy(n => n, StringComparer.Ordinal), own.Select(m => m.Name).OrderBy(n => n, StringComparer.Ordinal));
        }
        return corpus;
    }

    // The people's data comes in as many blocks as there are people and articles with speakers.
    private static bool IsDataBlock(ISymbol member) =>
        member is IFieldSymbol { IsConst: true, Type.SpecialType: SpecialType.System_String } field
        && System.Text.RegularExpressions.Regex.IsMatch(field.Name, @"^(People|Speakers|Members)_Block[0-9]+$");

    /// <summary>
    /// An article's file holds no kind of statement a plain article's file does not, calls only the runtime
    /// (<c>Corpus.Runtime</c>) and its own data class, and creates only
    /// arrays: whatever the text, the code around it is the generator's.
    /// </summary>
    public static void AssertArticleFilesOnlyCallTheRuntime(GeneratorRunResult result, Compilation output, INamedTypeSymbol corpus)
    {
        var index = corpus.Name + ".g.cs";
        foreach (var source in result.GeneratedSources.Where(s => s.HintName != index))
        {
            var tree = output.SyntaxTrees.Single(t => t.FilePath.EndsWith("/" + source.HintName, StringComparison.Ordinal) || t.FilePath.EndsWith("\\" + source.HintName, StringComparison.Ordinal));
            var model = output.GetSemanticModel(tree);
            var root = tree.GetRoot();
            Assert.Empty(root.DescendantNodes().OfType<StatementSyntax>().Select(s => s.Kind()).Except(PlainShape.Value.ArticleStatements));
            foreach (var invocation in root.DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (model.GetOperation(invocation) is INameOfOperation) continue;
                var method = Assert.IsAssignableFrom<IMethodSymbol>(model.GetSymbolInfo(invocation).Symbol);
                var ownData = method.ContainingType.ContainingType is { Name: "ArticleData" } data && SymbolEqualityComparer.Default.Equals(data.ContainingType, corpus);
                Assert.True(ownData || IsRuntime(method.ContainingType), $"{source.HintName} calls {method.ToDisplayString()}");
            }
            foreach (var creation in root.DescendantNodes().OfType<ObjectCreationExpressionSyntax>())
            {
                var type = model.GetTypeInfo(creation).Type;
                Assert.True(type is not null && IsRuntime(type), $"{source.HintName} creates {type?.ToDisplayString()}");
            }
            Assert.Empty(root.DescendantNodes().OfType<ImplicitObjectCreationExpressionSyntax>());
            Assert.Empty(root.DescendantNodes().OfType<AnonymousFunctionExpressionSyntax>());
        }
    }

    private static bool IsRuntime(ITypeSymbol type) => type.ContainingNamespace?.ToDisplayString() == "Corpus.Runtime";

    private static IEnumerable<ISymbol> Declared(INamedTypeSymbol type) =>
        type.GetMembers().Where(m => !m.IsImplicitlyDeclared && m is not IMethodSymbol { AssociatedSymbol: not null } && m is not INamedTypeSymbol);

    private static IEnumerable<string> Names(INamedTypeSymbol type) =>
        Declared(type).Select(m => m.Name).Concat(type.GetTypeMembers().Select(t => t.Name));

    // The item type of a generated list (FigureList : CorpusItems<Figure>): its named members are of that type.
    private static ITypeSymbol? ItemType(INamedTypeSymbol list)
    {
        for (var type = list.BaseType; type is not null; type = type.BaseType)
        {
            if (type.TypeArguments.Length == 1) return type.TypeArguments[0];
        }
        return null;
    }

    private sealed record Shape(IReadOnlyList<string> Members, IReadOnlyDictionary<string, IReadOnlyList<string>> Nested, IReadOnlyList<string> DataMembers, IReadOnlyList<SyntaxKind> ArticleStatements);

    // One article with no quote, figure or speaker, so nothing in its corpus is there because of its text.
    private static readonly Lazy<Shape> PlainShape = new(() =>
    {
        var harness = new GeneratorHarness(new[] { TestArticle.Corpus("plain/text.txt", "Plain text.\n") });
        var result = harness.Run();
        Assert.Empty(harness.CompilationProblems());
        var corpus = harness.Output.GetTypeByMetadataName("Consumer.Plain")!;
        var members = Names(corpus).Where(n => n is not "Text").ToList();
        var nested = corpus.GetTypeMembers().ToDictionary(t => t.Name, t => (IReadOnlyList<string>)Declared(t).Select(m => m.Name).ToList());
        var statements = CSharpSyntaxTree.ParseText(GeneratorHarness.Source(result, "Plain.Text.g.cs")).GetRoot()
            .DescendantNodes().OfType<StatementSyntax>().Select(s => s.Kind()).Distinct().ToList();
        var data = Names(corpus.GetTypeMembers("ArticleData").Single().GetTypeMembers("Text").Single()).ToList();
        return new Shape(members, nested, data, statements);
    });

    private static IEnumerable<INamedTypeSymbol> AllTypes(INamespaceSymbol ns)
    {
        foreach (var type in ns.GetTypeMembers())
        {
            if (!type.Locations.Any(l => l.IsInSource)) continue;
            yield return type;
            foreach (var nested in type.GetTypeMembers()) yield return nested;
        }
        foreach (var child in ns.GetNamespaceMembers())
        {
            foreach (var type in AllTypes(child)) yield return type;
        }
    }
}
