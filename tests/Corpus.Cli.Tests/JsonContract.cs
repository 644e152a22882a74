using System;
using System.Text.Json;

namespace Corpus.Cli.Tests;

/// <summary>The shape docs/json.md promises: every field there, with its type.</summary>
internal static class JsonContract
{
    public static void AssertDocument(JsonElement root)
    {
        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        foreach (var article in Array(root, "articles")) AssertArticle(article);
        foreach (var diagnostic in Array(root, "diagnostics")) AssertDiagnostic(diagnostic);
    }

    public static void AssertArticle(JsonElement article)
    {
        String(article, "id");
        String(article, "path");
        String(article, "title");
        String(article, "text");
        OptionalString(article, "published");
        OptionalString(article, "source");
        OptionalString(article, "section");
        OptionalString(article, "url");
        Integer(article, "wordCount");
        foreach (var paragraph in Array(article, "paragraphs")) AssertRange(paragraph);
        foreach (var sentence in Array(article, "sentences"))
        {
            AssertRange(sentence);
            Integer(sentence, "paragraph");
        }
        foreach (var quote in Array(article, "quotes")) AssertQuote(quote);
        foreach (var figure in Array(article, "figures")) AssertFigure(figure);
    }

    public static void AssertQuote(JsonElement quote)
    {
        Assert.Contains(String(quote, "kind"), new[] { "direct", "partial", "indirect" });
        AssertSpan(quote);
        OptionalString(quote, "speaker");
        OptionalSpan(quote, "speakerMention");
        OptionalString(quote, "via");
        OptionalSpan(quote, "cue");
    }

    public static void AssertFigure(JsonElement figure)
    {
        String(figure, "kind");
        AssertSpan(figure);
        Assert.Equal(JsonValueKind.Number, Field(figure, "value").ValueKind);
        Assert.Contains(Field(figure, "upper").ValueKind, new[] { JsonValueKind.Number, JsonValueKind.Null });
        String(figure, "qualifier");
        OptionalString(figure, "unit");
        Assert.Contains(Field(figure, "inQuote").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
    }

    public static void AssertDiagnostic(JsonElement diagnostic)
    {
        Assert.Matches("^CORPUS[0-9]{3}$", String(diagnostic, "id"));
        Assert.Contains(String(diagnostic, "severity"), new[] { "info", "warning", "error" });
        String(diagnostic, "path");
        Assert.True(Integer(diagnostic, "line") >= 1, "line is 1-based");
        Assert.True(Integer(diagnostic, "column") >= 1, "column is 1-based");
        String(diagnostic, "message");
    }

    private static void AssertSpan(JsonElement span)
    {
        String(span, "text");
        AssertRange(span);
    }

    private static void AssertRange(JsonElement range)
    {
        Assert.True(Integer(range, "start") >= 0, "start is an offset");
        Assert.True(Integer(range, "length") >= 0, "length is a count");
    }

    private static void OptionalSpan(JsonElement owner, string name)
    {
        var value = Field(owner, name);
        if (value.ValueKind != JsonValueKind.Null) AssertSpan(value);
    }

    private static JsonElement.ArrayEnumerator Array(JsonElement owner, string name)
    {
        var value = Field(owner, name);
        Assert.Equal(JsonValueKind.Array, value.ValueKind);
        return value.EnumerateArray();
    }

    private static string String(JsonElement owner, string name)
    {
        var value = Field(owner, name);
        Assert.True(value.ValueKind == JsonValueKind.String, $"'{name}' is a string, not {value.ValueKind}");
        return value.GetString()!;
    }

    private static void OptionalString(JsonElement owner, string name) =>
        Assert.Contains(Field(owner, name).ValueKind, new[] { JsonValueKind.String, JsonValueKind.Null });

    private static int Integer(JsonElement owner, string name)
    {
        var value = Field(owner, name);
        Assert.True(value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _), $"'{name}' is an integer, not {value}");
        return value.GetInt32();
    }

    private static JsonElement Field(JsonElement owner, string name)
    {
        Assert.True(owner.TryGetProperty(name, out var value), $"'{name}' is missing from {owner}");
        return value;
    }
}
