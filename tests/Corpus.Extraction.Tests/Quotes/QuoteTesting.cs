using System.Collections.Generic;
using System.Linq;
using System.Text;
using Corpus.Extraction.Model;
using Corpus.Extraction.Quotes;

namespace Corpus.Extraction.Tests.Quotes;

/// <summary>Runs the quote reader on test text with paragraphs cut by the test itself, not by the text engine.</summary>
internal static class QuoteTesting
{
    /// <summary>Paragraphs at blank lines, or at every line break when <paramref name="lines"/> is set.</summary>
    public static EquatableArray<TextRange> Paragraphs(string text, bool lines = false)
    {
        var paragraphs = new List<TextRange>();
        var start = 0;
        var i = 0;
        while (i <= text.Length)
        {
            var atEnd = i == text.Length;
            var breakHere = !atEnd && text[i] == '\n' && (lines || NextLineBlank(text, i));
            if (atEnd || breakHere)
            {
                var s = start;
                var e = i;
                while (s < e && char.IsWhiteSpace(text[s])) s++;
                while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
                if (e > s) paragraphs.Add(TextRange.FromBounds(s, e));
                start = i + 1;
            }
            i++;
        }
        return paragraphs.ToEquatableArray();
    }

    private static bool NextLineBlank(string text, int newline)
    {
        var j = newline + 1;
        while (j < text.Length && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r')) j++;
        return j < text.Length && text[j] == '\n';
    }

    public static ArticleQuotes Read(string text, bool lines = false) =>
        QuoteReader.Read(text, Paragraphs(text, lines), EquatableArray<SentenceModel>.Empty, default);

    public static string Text(string text, TextRange range) => text.Substring(range.Start, range.Length);

    public static string Dump(string text, ArticleQuotes quotes)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < quotes.Quotes.Count; i++)
        {
            var q = quotes.Quotes[i];
            builder.Append(i).Append(' ').Append(q.Kind).Append(" [").Append(Text(text, q.Range)).Append("] speaker=").Append(q.Speaker ?? "-");
            if (q.SpeakerMention is { } m) builder.Append(" (").Append(Text(text, m)).Append(')');
            if (q.Cue is { } c) builder.Append(" cue=").Append(Text(text, c));
            if (q.Via is not null) builder.Append(" via=").Append(q.Via);
            if (q.Continues is { } k) builder.Append(" continues=").Append(k);
            builder.AppendLine();
        }
        foreach (var s in quotes.Speakers)
        {
            builder.Append("  ").Append(s.Kind).Append(": ").Append(s.Name).Append(" | aliases: ").Append(string.Join("; ", s.Aliases))
                .Append(" | roles: ").Append(string.Join("; ", s.Roles)).AppendLine();
        }
        foreach (var f in quotes.Findings) builder.Append("  finding ").Append(f.Kind).Append(" at ").Append(f.Start).AppendLine();
        return builder.ToString();
    }
}
