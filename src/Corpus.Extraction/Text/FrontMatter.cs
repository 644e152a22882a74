using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using Corpus.Extraction.Model;

namespace Corpus.Extraction.Text;

/// <summary>
/// The optional block of <c>key: value</c> lines between two <c>---</c> lines at the very start of an
/// article, as static site generators write it. Keys are case-insensitive and unknown keys are ignored,
/// so a file exported with more metadata than the corpus needs still reads. A block that is opened but
/// never closed, or holds a line that is not <c>key: value</c>, is reported and read as body text: the
/// author's words are never dropped because of a typo in the metadata.
/// </summary>
internal sealed class FrontMatter
{
    public static readonly FrontMatter None = new(0, new Dictionary<string, Field>());

    private readonly Dictionary<string, Field> _fields;

    private FrontMatter(int bodyStart, Dictionary<string, Field> fields)
    {
        BodyStart = bodyStart;
        _fields = fields;
    }

    /// <summary>Where the text after the closing fence starts (0 when there is no front matter).</summary>
    public int BodyStart { get; }

    public Field? Title => Get("title");

    public Field? Published => Get("published");

    public Field? Source => Get("source");

    public Field? Section => Get("section");

    public Field? Url => Get("url");

    private Field? Get(string key) => _fields.TryGetValue(key, out var field) && field.Value.Length > 0 ? field : null;

    public static FrontMatter Read(string text, FindingList findings, CancellationToken cancellationToken)
    {
        var open = TextLine.At(text, 0, text.Length, cancellationToken);
        if (!IsFence(text, open, "---")) return None;

        var values = new Dictionary<string, (StringBuilder Value, TextRange Range)>(StringComparer.OrdinalIgnoreCase);
        string? lastKey = null;
        var line = open;
        while (line.Next > line.End && line.Next < text.Length)
        {
            line = TextLine.At(text, line.Next, text.Length, cancellationToken);
            if (IsFence(text, line, "---") || IsFence(text, line, "..."))
            {
                return new FrontMatter(line.Next, Finish(values));
            }

            var content = Whitespace.Trim(text, TextRange.FromBounds(line.Start, line.End), cancellationToken);
            if (content.Length == 0 || text[content.Start] == '#') continue;

            if (content.Start > line.Start && lastKey is not null)
            {
                // An indented line continues the value above it (a folded or multi-line YAML scalar).
                var (value, range) = values[lastKey];
                if (value.Length > 0) value.Append(' ');
                value.Append(text, content.Start, content.Length);
                values[lastKey] = (value, TextRange.FromBounds(range.Length == 0 ? content.Start : range.Start, content.End));
                continue;
            }

            if (content.Start > line.Start || !TryReadKey(text, content, out var key, out var valueRange))
            {
                findings.Add(FindingKind.MalformedFrontMatter,
                    $"The front matter line \"{Snippet(text, content)}\" is not a 'key: value' pair, so the whole block was read as body text. " +
                    "Write the line as 'key: value', or end the front matter with a line '---' before it.",
                    content);
                return None;
            }

            var initial = IsBlockScalarIndicator(text, valueRange) ? new TextRange(valueRange.End, 0) : valueRange;
            values[key] = (new StringBuilder().Append(text, initial.Start, initial.Length), initial);
            lastKey = key;
        }

        findings.Add(FindingKind.MalformedFrontMatter,
            "The front matter opened by the '---' on the first line is never closed, so it was read as body text. " +
            "Add a line '---' after its last 'key: value' line, or remove the opening '---'.",
            TextRange.FromBounds(open.Start, open.End));
        return None;
    }

    private static bool IsFence(string text, TextLine line, string fence)
    {
        var end = line.End;
        while (end > line.Start && (text[end - 1] == ' ' || text[end - 1] == '\t')) end--;
        return end - line.Start == fence.Length && string.CompareOrdinal(text, line.Start, fence, 0, fence.Length) == 0;
    }

    // key: a letter or underscore, then letters, digits, '_' or '-'; then ':' and a space or the end of the line.
    private static bool TryReadKey(string text, TextRange content, out string key, out TextRange value)
    {
        key = "";
        value = default;
        var i = content.Start;
        if (!IsAsciiLetter(text[i]) && text[i] != '_') return false;
        while (i < content.End && (IsAsciiLetter(text[i]) || (text[i] >= '0' && text[i] <= '9') || text[i] == '_' || text[i] == '-')) i++;
        var keyEnd = i;
        while (i < content.End && (text[i] == ' ' || text[i] == '\t')) i++;
        if (i >= content.End || text[i] != ':') return false;
        i++;
        if (i < content.End && !char.IsWhiteSpace(text[i])) return false;
        key = text.Substring(content.Start, keyEnd - content.Start);
        var valueStart = i;
        while (valueStart < content.End && char.IsWhiteSpace(text[valueStart])) valueStart++;
        value = TextRange.FromBounds(valueStart, content.End);
        return true;
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static bool IsBlockScalarIndicator(string text, TextRange value)
    {
        if (value.Length == 0 || value.Length > 2) return false;
        var first = text[value.Start];
        if (first != '>' && first != '|') return false;
        return value.Length == 1 || text[value.Start + 1] == '-' || text[value.Start + 1] == '+';
    }

    private static Dictionary<string, Field> Finish(Dictionary<string, (StringBuilder Value, TextRange Range)> values)
    {
        var fields = new Dictionary<string, Field>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in values)
        {
            fields[pair.Key] = new Field(Unquote(pair.Value.Value.ToString().Trim()), pair.Value.Range);
        }
        return fields;
    }

    // YAML quoting: "..." with backslash escapes for quotes and backslashes, '...' with '' for a quote.
    private static string Unquote(string value)
    {
        if (value.Length < 2) return value;
        var quote = value[0];
        if ((quote != '"' && quote != '\'') || value[value.Length - 1] != quote) return value;
        var inner = value.Substring(1, value.Length - 2);
        return quote == '\''
            ? inner.Replace("''", "'").Trim()
            : inner.Replace("\\\"", "\"").Replace("\\\\", "\\").Trim();
    }

    private static string Snippet(string text, TextRange range)
    {
        const int Max = 40;
        if (range.Length <= Max) return text.Substring(range.Start, range.Length);
        var length = char.IsHighSurrogate(text[range.Start + Max - 1]) ? Max - 1 : Max;
        return text.Substring(range.Start, length) + "…";
    }

    /// <summary>A value and where it is written in the text, so findings about it point at it.</summary>
    public sealed record Field(string Value, TextRange Range);
}
