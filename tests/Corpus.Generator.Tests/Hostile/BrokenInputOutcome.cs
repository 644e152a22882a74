using System;
using System.Linq;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator.Tests.Hostile;

/// <summary>
/// What a build with one broken article and one good one must look like: nothing escaped the generator,
/// every diagnostic is located in the broken file where the compiler would show it and is one the input
/// calls for, both articles are generated, the code compiles cleanly, and the compiled corpus gives back
/// both texts and everything the engine read from them.
/// </summary>
internal static class BrokenInputOutcome
{
    public const string GoodPath = "seeds/good.txt";
    public const string GoodText = "A good article sits beside the broken one. It is always generated.\n";

    public static void Assert(GeneratorHarness harness, GeneratorRunResult result, AdditionalText broken, string brokenPath, string[] required, string[] allowed)
    {
        Xunit.Assert.DoesNotContain(harness.GeneratorDiagnostics, d => d.Id is "CS8784" or "CS8785");
        var text = broken.GetText()!;
        foreach (var diagnostic in result.Diagnostics)
        {
            Xunit.Assert.False(diagnostic.Id.StartsWith("CORPUS9", StringComparison.Ordinal), diagnostic.ToString());
            var span = diagnostic.Location.GetLineSpan();
            Xunit.Assert.Equal(broken.Path, span.Path);
            var range = diagnostic.Location.SourceSpan;
            Xunit.Assert.True(range.End <= text.Length, $"{diagnostic.Id} at {range} is past the end ({text.Length})");
            Xunit.Assert.Equal(text.Lines.GetLinePosition(range.Start), span.StartLinePosition);
            Xunit.Assert.Equal(text.Lines.GetLinePosition(range.End), span.EndLinePosition);
        }

        var ids = result.Diagnostics.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToList();
        Xunit.Assert.Empty(required.Except(ids));
        Xunit.Assert.Empty(ids.Except(required).Except(allowed));

        var hints = result.GeneratedSources.Select(s => s.HintName).ToList();
        Xunit.Assert.Contains("Seeds.Good.g.cs", hints);
        // The good article, the broken one, the index, and the people's members if the texts name someone.
        var namesSomeone = harness.Output.GetTypeByMetadataName("Consumer.Seeds+PersonList")!
            .GetMembers().OfType<Microsoft.CodeAnalysis.IPropertySymbol>().Any(p => p.Type.ToDisplayString() == "Corpus.Person");
        Xunit.Assert.Equal(namesSomeone ? 4 : 3, hints.Count);
        if (namesSomeone) Xunit.Assert.Contains("Seeds.People.g.cs", hints);
        Xunit.Assert.Empty(harness.CompilationProblems());

        var all = EncodedCorpus.All(harness, "Consumer.Seeds");
        var brokenArticle = all.Single(a => a.Path == brokenPath);
        Xunit.Assert.Equal(text.ToString(), brokenArticle.Text);
        var model = ArticleRoundTrip.GeneratorModel(result, brokenPath);
        ArticleRoundTrip.AssertCarries(model, brokenArticle);
        // Reading again gives the same model (skipped for the multi-megabyte inputs, read once is enough there).
        if (text.Length < 1_000_000) Xunit.Assert.Equal(ArticleRoundTrip.Model(brokenPath, text.ToString()), model);
        var good = all.Single(a => a.Path == GoodPath);
        Xunit.Assert.Equal(GoodText, good.Text);
        Xunit.Assert.Equal(2, good.Sentences.Count);
    }
}
