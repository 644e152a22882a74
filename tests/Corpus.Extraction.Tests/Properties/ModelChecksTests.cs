using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Extraction.Model;
using Corpus.Fuzz.Checks;

namespace Corpus.Extraction.Tests.Properties;

/// <summary>
/// The checks the properties and the fuzz campaign rely on can fail: a real model passes, and each way of
/// breaking it is caught. Without this, a check that never fires would make every property pass.
/// </summary>
public class ModelChecksTests
{
    private const string Text =
        "---\npublished: 2010-13-45\n---\nOfficials said 60 people died on Saturday.\n\n" +
        "\u201CWe are doing what we can,\u201D said Rosa Otunbayeva, the interim president. \u201CIt is calm.\n";

    private static readonly ArticleModel Model = ArticleReader.Read("articles/checks.txt", Text, ArticleMetadata.None);

    [Fact]
    public void The_model_of_a_real_article_passes_and_has_everything_to_break()
    {
        Assert.Empty(ModelChecks.Violations(Text, Model));
        Assert.NotEmpty(Model.Findings);
        Assert.NotEmpty(Model.Quotes);
        Assert.NotEmpty(Model.Figures);
        Assert.True(Model.Sentences.Count >= 3);
    }

    public static IEnumerable<object[]> Breakages() => Broken.Keys.Select(name => new object[] { name });

    [Theory]
    [MemberData(nameof(Breakages))]
    public void Each_way_of_breaking_the_model_is_caught(string breakage)
    {
        var (model, expected) = Broken[breakage];

        var violations = ModelChecks.Violations(Text, model);

        Assert.Contains(violations, v => v.Contains(expected, StringComparison.Ordinal));
    }

    private static readonly Dictionary<string, (ArticleModel Model, string Expected)> Broken = new()
    {
        ["text length"] = (Model with { TextLength = Text.Length + 1 }, "TextLength"),
        ["body past the end"] = (Model with { Body = new TextRange(Model.Body.Start, Text.Length) }, "body"),
        ["paragraph outside the body"] = (Model with { Paragraphs = Replace(Model.Paragraphs, 0, new TextRange(0, 3)) }, "outside the body"),
        ["sentence outside its paragraph"] = (Model with { Sentences = Replace(Model.Sentences, 0, Model.Sentences[0] with { Paragraph = 1 }) }, "outside its paragraph"),
        ["sentence of no paragraph"] = (Model with { Sentences = Replace(Model.Sentences, 0, Model.Sentences[0] with { Paragraph = 9 }) }, "names paragraph"),
        ["sentences leave a gap"] = (Model with { Sentences = new EquatableArray<SentenceModel>(Model.Sentences.Skip(1).ToArray()) }, "has no sentence"),
        ["quote past the end"] = (Model with { Quotes = Replace(Model.Quotes, 0, Model.Quotes[0] with { Range = new TextRange(Text.Length - 2, 5) }) }, "outside the text"),
        ["quote of negative length"] = (Model with { Quotes = Replace(Model.Quotes, 0, Model.Quotes[0] with { Range = new TextRange(10, -1) }) }, "outside the text"),
        ["quote by nobody known"] = (Model with { Quotes = Replace(Model.Quotes, 0, Model.Quotes[0] with { Speaker = "Nobody Known" }) }, "not one of the article's speakers"),
        ["quote continuing itself"] = (Model with { Quotes = Replace(Model.Quotes, 0, Model.Quotes[0] with { Continues = 0 }) }, "continues quote"),
        ["figure past the end"] = (Model with { Figures = Replace(Model.Figures, 0, Model.Figures[0] with { Range = new TextRange(Text.Length, 1) }) }, "outside the text"),
        ["figure outside its sentence"] = (Model with { Figures = Replace(Model.Figures, 0, Model.Figures[0] with { Sentence = Model.Sentences.Count - 1 }) }, "outside its sentence"),
        ["figure in no quote"] = (Model with { Figures = Replace(Model.Figures, 0, Model.Figures[0] with { Quote = 99 }) }, "names quote"),
        ["finding on the wrong line"] = (Model with { Findings = Replace(Model.Findings, 0, Model.Findings[0] with { Start = new LinePosition(Model.Findings[0].Start.Line + 1, 0) }) }, "the compiler counts"),
        ["title over two lines"] = (Model with { Header = Model.Header with { Title = "Two\u2028lines" } }, "line break"),
        ["lead cut inside a surrogate pair"] = (Model with { Lead = "Cut \uD83D" }, "lone surrogate"),
        ["published date that does not parse"] = (Model with { Header = Model.Header with { Published = "2010-13-45" } }, "does not parse"),
    };

    private static EquatableArray<T> Replace<T>(EquatableArray<T> items, int index, T item)
        where T : IEquatable<T>
    {
        var array = items.ToArray();
        array[index] = item;
        return new EquatableArray<T>(array);
    }
}
