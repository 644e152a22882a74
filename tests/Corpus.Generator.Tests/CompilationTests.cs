using System.Linq;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Generator.Tests;

public class CompilationTests
{
    [Fact]
    public void SeedsCompileWithoutWarnings()
    {
        var harness = new GeneratorHarness(Seeds.Articles());
        harness.Run();

        Assert.Empty(harness.GeneratorDiagnostics);
        Assert.Empty(harness.CompilationProblems());
    }

    /// <summary>
    /// Generated code turns nullable warnings off for the compiler's sake, not annotations: a consumer's
    /// code still sees every generated member as not null (not as oblivious) and a null-returning one as
    /// nullable.
    /// </summary>
    [Fact]
    public void ConsumersSeeTheGeneratedMembersNullability()
    {
        var harness = new GeneratorHarness(Seeds.Articles());
        harness.Run();

        var corpus = harness.Output.GetTypeByMetadataName("Consumer.Seeds")!;
        var people = (Microsoft.CodeAnalysis.INamedTypeSymbol)corpus.GetMembers("PersonList").Single();
        var members = corpus.GetMembers().Concat(people.GetMembers()).OfType<Microsoft.CodeAnalysis.IPropertySymbol>()
            .Where(p => p.DeclaredAccessibility == Microsoft.CodeAnalysis.Accessibility.Public)
            .ToList();

        Assert.Contains(members, p => p.Name == "RozaOtunbayeva");
        Assert.Contains(members, p => p.Name == "All");
        Assert.All(members, p => Assert.Equal(Microsoft.CodeAnalysis.NullableAnnotation.NotAnnotated, p.NullableAnnotation));
        var dataField = corpus.GetTypeMembers("ArticleData").SelectMany(d => d.GetTypeMembers()).SelectMany(part => part.GetMembers("s_data")).OfType<Microsoft.CodeAnalysis.IFieldSymbol>().First();
        Assert.Equal(Microsoft.CodeAnalysis.NullableAnnotation.Annotated, dataField.NullableAnnotation);
    }

    /// <summary>The tests' compilation turns nullable warnings back on in generated code, so that a null where none may be still fails them.</summary>
    [Fact]
    public void ANullableMistakeInGeneratedCodeStillFailsTheTests()
    {
        var harness = new GeneratorHarness(Seeds.Articles());
        var result = harness.Run();
        var source = result.GeneratedSources.First(s => s.HintName == "Seeds.g.cs");
        var tree = harness.Output.SyntaxTrees.Single(t => t.FilePath.EndsWith("Seeds.g.cs", System.StringComparison.Ordinal));
        var broken = source.SourceText.ToString().Replace("public static partial class Seeds\n    {", "public static partial class Seeds\n    {\n        public static string Broken => null;");

        Assert.Contains("Broken", broken);
        harness.ReplaceOutputTree(tree, CSharpSyntaxTree.ParseText(broken, harness.ParseOptions, tree.FilePath));
        Assert.Contains(harness.CompilationProblems(), d => d.Id == "CS8603");
    }

    [Fact]
    public void GeneratedCodeCompilesForCSharp73Consumers()
    {
        // netstandard2.0 libraries default to C# 7.3: no nullable annotations, no static lambdas.
        var harness = new GeneratorHarness(Seeds.Articles(), languageVersion: LanguageVersion.CSharp7_3);
        var result = harness.Run();

        Assert.DoesNotContain(result.GeneratedSources, s => s.SourceText.ToString().Contains("#nullable"));
        Assert.Empty(harness.CompilationProblems());
    }

    [Fact]
    public void OutputDoesNotDependOnTheOrderOfAdditionalFiles()
    {
        var articles = SyntheticArticles.Many(40).Concat(Seeds.Articles()).ToArray();
        var forward = new GeneratorHarness(articles).Run();
        var backward = new GeneratorHarness(articles.Reverse()).Run();

        Assert.Equal(
            forward.GeneratedSources.Select(s => (s.HintName, Text: s.SourceText.ToString())).OrderBy(s => s.HintName, System.StringComparer.Ordinal),
            backward.GeneratedSources.Select(s => (s.HintName, Text: s.SourceText.ToString())).OrderBy(s => s.HintName, System.StringComparer.Ordinal));
    }

    [Fact]
    public void TwoRunsOfTheSameInputsProduceIdenticalSources()
    {
        var first = new GeneratorHarness(Seeds.Articles()).Run();
        var second = new GeneratorHarness(Seeds.Articles()).Run();

        Assert.Equal(
            first.GeneratedSources.Select(s => s.SourceText.ToString()),
            second.GeneratedSources.Select(s => s.SourceText.ToString()));
    }

    [Fact]
    public void ManyArticlesUseTheBlockedSwitchAndCompile()
    {
        var harness = new GeneratorHarness(SyntheticArticles.Many(600));
        var result = harness.Run();

        var index = GeneratorHarness.Source(result, "News.g.cs");
        Assert.Contains("case 2: return Article_At_2(index);", index);
        Assert.Contains("case 599: return Story0599;", index);
        Assert.Empty(harness.CompilationProblems());
    }
}
