using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

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
    /// <c>#nullable enable</c>, no disabled or skipped text, no block comment, exactly as many lines as the
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
            Assert.All(trivia.Where(t => t.IsDirective), directive => Assert.Equal("#nullable enable", directive.ToString().Trim()));
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
    /// The compilation declares the consumer's <c>Program</c>, one corpus class and its <c>FigureList</c>, and
    /// nothing else; the corpus class holds, per article, its property, its cache field and its factory, and
    /// otherwise only <c>All</c>, <c>Figures</c> and the index; <c>FigureList</c> holds its constructor and
    /// figure properties. Returns the corpus class.
    /// </summary>
    public static INamedTypeSymbol AssertOnlyCorpus(Compilation output, int articles)
    {
        var types = AllTypes(output.Assembly.GlobalNamespace).ToList();
        var corpus = Assert.Single(types, t => t.ContainingType is null && t.Name != "Program");
        Assert.Equal(
            new[] { "Consumer.Program", corpus.ToDisplayString(), corpus.ToDisplayString() + ".FigureList" }.OrderBy(n => n, StringComparer.Ordinal),
            types.Select(t => t.ToDisplayString()).OrderBy(n => n, StringComparer.Ordinal));

        var members = corpus.GetMembers().Where(m => !m.IsImplicitlyDeclared && m is not IMethodSymbol { AssociatedSymbol: not null }).ToList();
        var articleProperties = members.OfType<IPropertySymbol>().Where(p => p.Type.ToDisplayString() == "Corpus.Article").Select(p => p.Name).ToList();
        Assert.Equal(articles, articleProperties.Count);
        var expected = new List<string> { "All", "Figures", "FigureList", "Article_At" };
        foreach (var name in articleProperties) expected.AddRange(new[] { name, "s_" + name, "Create_" + name });
        Assert.Equal(expected.OrderBy(n => n, StringComparer.Ordinal), members.Select(m => m.Name).OrderBy(n => n, StringComparer.Ordinal));

        var figureList = corpus.GetTypeMembers("FigureList").Single();
        foreach (var member in figureList.GetMembers().Where(m => !m.IsImplicitlyDeclared && m is not IMethodSymbol { AssociatedSymbol: not null }))
        {
            var isConstructor = member is IMethodSymbol { MethodKind: MethodKind.Constructor };
            var isFigure = member is IPropertySymbol { Type: var type } && type.ToDisplayString() == "Corpus.Figure";
            Assert.True(isConstructor || isFigure, $"FigureList declares {member.ToDisplayString()}");
        }
        return corpus;
    }

    /// <summary>
    /// An article's file holds no statement, calls only the runtime's <c>Once.Publish</c> and
    /// <c>ArticleFactory.Create</c> and its own factory, and creates only <c>FigureRow</c>s and arrays:
    /// whatever the text, the code around it is the same.
    /// </summary>
    public static void AssertArticleFilesOnlyCallTheRuntime(GeneratorRunResult result, Compilation output, INamedTypeSymbol corpus)
    {
        var index = corpus.Name + ".g.cs";
        foreach (var source in result.GeneratedSources.Where(s => s.HintName != index))
        {
            var tree = output.SyntaxTrees.Single(t => t.FilePath.EndsWith(source.HintName, StringComparison.Ordinal));
            var model = output.GetSemanticModel(tree);
            var root = tree.GetRoot();
            Assert.Empty(root.DescendantNodes().OfType<StatementSyntax>());
            foreach (var invocation in root.DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                var method = Assert.IsAssignableFrom<IMethodSymbol>(model.GetSymbolInfo(invocation).Symbol);
                var target = method.ContainingType.ToDisplayString() + "." + method.Name;
                Assert.True(
                    target is "Corpus.Runtime.Once.Publish" or "Corpus.Runtime.ArticleFactory.Create"
                    || (SymbolEqualityComparer.Default.Equals(method.ContainingType, corpus) && method.Name.StartsWith("Create_", StringComparison.Ordinal)),
                    $"{source.HintName} calls {target}");
            }
            foreach (var creation in root.DescendantNodes().OfType<ObjectCreationExpressionSyntax>())
            {
                Assert.Equal("Corpus.Runtime.FigureRow", model.GetTypeInfo(creation).Type?.ToDisplayString());
            }
            Assert.Empty(root.DescendantNodes().OfType<ImplicitObjectCreationExpressionSyntax>());
            Assert.Empty(root.DescendantNodes().OfType<AnonymousFunctionExpressionSyntax>());
        }
    }

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
