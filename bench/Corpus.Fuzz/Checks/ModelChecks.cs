using System.Collections.Generic;
using System.Globalization;
using Corpus.Extraction;
using Corpus.Extraction.Model;
using Corpus.Extraction.Text;

namespace Corpus.Fuzz.Checks;

/// <summary>
/// What must hold for the model of any text, however broken: every span lies inside the text and
/// nests where it belongs, indices point at existing items, findings are located where the compiler
/// would show them, and the header is one clean line. Returns what is violated instead of throwing,
/// so the fuzz campaign can count and the tests can assert with one definition of "valid".
/// </summary>
public static class ModelChecks
{
    public static List<string> Violations(string text, ArticleModel model, ArticleMetadata? metadata = null)
    {
        metadata ??= ArticleMetadata.None;
        var problems = new List<string>();
        var all = new TextRange(0, text.Length);

        if (model.TextLength != text.Length) problems.Add($"TextLength {model.TextLength} is not the text's length {text.Length}");
        if (model.TextChecksum != ArticleDecoder.Checksum(text)) problems.Add("TextChecksum is not the text's checksum");
        if (!Inside(all, model.Body)) problems.Add($"body {model.Body} outside the text");
        if (model.WordCount < 0) problems.Add($"negative word count {model.WordCount}");

        CheckParagraphs(text, model, problems);
        CheckSentences(text, model, problems);
        CheckQuotes(text, model, problems);
        CheckFigures(text, model, problems);
        CheckFindings(text, model, problems);
        CheckHeader(text, model, metadata, problems);
        return problems;
    }

    private static void CheckParagraphs(string text, ArticleModel model, List<string> problems)
    {
        var previousEnd = model.Body.Start;
        foreach (var paragraph in model.Paragraphs)
        {
            if (paragraph.Length <= 0) problems.Add($"empty paragraph {paragraph}");
            if (!Inside(model.Body, paragraph)) problems.Add($"paragraph {paragraph} outside the body {model.Body}");
            else if (paragraph.Length > 0 && !Trimmed(text, paragraph)) problems.Add($"paragraph {paragraph} has whitespace at an end");
            if (paragraph.Start < previousEnd) problems.Add($"paragraph {paragraph} overlaps the one before it");
            previousEnd = paragraph.End;
        }
    }

    private static void CheckSentences(string text, ArticleModel model, List<string> problems)
    {
        var previousEnd = 0;
        var previousParagraph = 0;
        foreach (var sentence in model.Sentences)
        {
            if (sentence.Paragraph < 0 || sentence.Paragraph >= model.Paragraphs.Count)
            {
                problems.Add($"sentence {sentence.Range} names paragraph {sentence.Paragraph} of {model.Paragraphs.Count}");
                continue;
            }
            var paragraph = model.Paragraphs[sentence.Paragraph];
            if (!Inside(paragraph, sentence.Range)) problems.Add($"sentence {sentence.Range} outside its paragraph {paragraph}");
            else if (sentence.Range.Length <= 0) problems.Add($"empty sentence {sentence.Range}");
            else if (!Trimmed(text, sentence.Range)) problems.Add($"sentence {sentence.Range} has whitespace at an end");
            if (sentence.Range.Start < previousEnd) problems.Add($"sentence {sentence.Range} overlaps the one before it");
            if (sentence.Paragraph < previousParagraph) problems.Add($"sentence {sentence.Range} is out of paragraph order");
            previousEnd = sentence.Range.End;
            previousParagraph = sentence.Paragraph;
        }

        // Sentences tile their paragraph: the first starts with it, the last ends with it, none is missing.
        var next = 0;
        for (var i = 0; i < model.Paragraphs.Count; i++)
        {
            if (next >= model.Sentences.Count || model.Sentences[next].Paragraph != i)
            {
                problems.Add($"paragraph {i} {model.Paragraphs[i]} has no sentence");
                continue;
            }
            if (model.Sentences[next].Range.Start != model.Paragraphs[i].Start) problems.Add($"paragraph {i} does not start with its first sentence");
            while (next + 1 < model.Sentences.Count && model.Sentences[next + 1].Paragraph == i) next++;
            if (model.Sentences[next].Range.End != model.Paragraphs[i].End) problems.Add($"paragraph {i} does not end with its last sentence");
            next++;
        }
    }

    // The runtime cuts a quote's and a figure's text out of the article with its span: a span past the
    // end, or a negative length, is an exception in the user's code.
    private static void CheckQuotes(string text, ArticleModel model, List<string> problems)
    {
        var all = new TextRange(0, text.Length);
        var speakers = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var speaker in model.Speakers)
        {
            if (string.IsNullOrWhiteSpace(speaker.Name)) problems.Add("a speaker without a name");
            else if (!speakers.Add(speaker.Name)) problems.Add($"two speakers named '{speaker.Name}'");
            foreach (var mention in speaker.Mentions)
            {
                if (!Inside(all, mention)) problems.Add($"speaker '{speaker.Name}' mention {mention} outside the text");
            }
        }
        for (var i = 0; i < model.Quotes.Count; i++)
        {
            var quote = model.Quotes[i];
            if (!Inside(all, quote.Range)) problems.Add($"quote {i} {quote.Range} outside the text");
            if (quote.Cue is { } cue && !Inside(all, cue)) problems.Add($"quote {i} cue {cue} outside the text");
            if (quote.SpeakerMention is { } mention && !Inside(all, mention)) problems.Add($"quote {i} speaker mention {mention} outside the text");
            if (quote.ViaMention is { } via && !Inside(all, via)) problems.Add($"quote {i} via mention {via} outside the text");
            foreach (var part in quote.Parts)
            {
                if (!Inside(all, part)) problems.Add($"quote {i} part {part} outside the text");
            }
            // Quotes name their speaker and medium by a name the article's speakers hold.
            if (quote.Speaker is { } said && !speakers.Contains(said)) problems.Add($"quote {i} speaker '{said}' is not one of the article's speakers");
            if (quote.Via is { } relayed && !speakers.Contains(relayed)) problems.Add($"quote {i} via '{relayed}' is not one of the article's speakers");
            if (quote.Continues is { } continued && (continued < 0 || continued >= model.Quotes.Count || continued == i))
            {
                problems.Add($"quote {i} continues quote {continued} of {model.Quotes.Count}");
            }
        }
    }

    private static void CheckFigures(string text, ArticleModel model, List<string> problems)
    {
        var all = new TextRange(0, text.Length);
        for (var i = 0; i < model.Figures.Count; i++)
        {
            var figure = model.Figures[i];
            if (!Inside(all, figure.Range)) problems.Add($"figure {i} {figure.Range} outside the text");
            if (figure.Sentence < -1 || figure.Sentence >= model.Sentences.Count)
            {
                problems.Add($"figure {i} names sentence {figure.Sentence} of {model.Sentences.Count}");
            }
            else if (figure.Sentence >= 0 && !Inside(model.Sentences[figure.Sentence].Range, figure.Range))
            {
                problems.Add($"figure {i} {figure.Range} outside its sentence {model.Sentences[figure.Sentence].Range}");
            }
            if (figure.Quote is { } quote && (quote < 0 || quote >= model.Quotes.Count))
            {
                problems.Add($"figure {i} names quote {quote} of {model.Quotes.Count}");
            }
        }
    }

    private static void CheckFindings(string text, ArticleModel model, List<string> problems)
    {
        var all = new TextRange(0, text.Length);
        var lines = LineStarts(text);
        var previousStart = 0;
        foreach (var finding in model.Findings)
        {
            if (!Inside(all, finding.Range))
            {
                problems.Add($"{finding.Id} {finding.Range} outside the text");
                continue;
            }
            if (string.IsNullOrWhiteSpace(finding.Message)) problems.Add($"{finding.Id} has no message");
            if (finding.Id.Length != 9 || !finding.Id.StartsWith("CORPUS", System.StringComparison.Ordinal)) problems.Add($"finding id '{finding.Id}'");
            if (finding.Range.Start < previousStart) problems.Add($"{finding.Id} {finding.Range} out of text order");
            previousStart = finding.Range.Start;
            var start = PositionOf(lines, finding.Range.Start);
            var end = PositionOf(lines, finding.Range.End);
            if (finding.Start != start || finding.End != end)
            {
                problems.Add($"{finding.Id} at {finding.Range} says {finding.Start}-{finding.End}, the compiler counts {start}-{end}");
            }
        }
    }

    private static void CheckHeader(string text, ArticleModel model, ArticleMetadata metadata, List<string> problems)
    {
        var header = model.Header;
        if (string.IsNullOrWhiteSpace(header.Title)) problems.Add("blank title");
        if (header.TitleFromLead && header.Title.Length > ArticleReader.MaxTitleLength + 1) problems.Add($"title of {header.Title.Length} characters");
        if (model.Lead.Length > ArticleReader.MaxLeadLength + 1) problems.Add($"lead of {model.Lead.Length} characters");
        if ((model.Paragraphs.Count == 0) != (model.Lead.Length == 0)) problems.Add("a lead without paragraphs, or paragraphs without a lead");

        // Title, lead and metadata are shown on one line (hover, summary tables): no text may break it.
        // Values given from outside (item metadata, the file name) are the project's, not the text's.
        foreach (var (name, value, given) in new[]
        {
            ("title", header.Title, metadata.Title), ("lead", model.Lead, null), ("source", header.Source, metadata.Source),
            ("section", header.Section, metadata.Section), ("url", header.Url, metadata.Url),
        })
        {
            if (value is null) continue;
            if (value != value.Trim()) problems.Add($"{name} has whitespace at an end");
            if (given is not null && value == given.Trim()) continue;
            if (name == "title" && model.Path.Contains(value)) continue;
            if (IndexOfBreak(value) is var at and >= 0) problems.Add($"{name} holds a line break U+{(int)value[at]:X4}");
            // Cutting must not split a surrogate pair that was whole in the text.
            if (!HasLoneSurrogate(text) && HasLoneSurrogate(value)) problems.Add($"{name} holds a lone surrogate the text does not");
        }

        if (header.Published is { } published &&
            !System.DateTimeOffset.TryParse(published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))
        {
            // The runtime parses it without a guard: the engine promised it is a date.
            problems.Add($"published '{published}' does not parse");
        }
    }

    private static bool Inside(TextRange outer, TextRange inner) =>
        inner.Length >= 0 && inner.Start >= outer.Start && inner.End <= outer.End;

    private static bool Trimmed(string text, TextRange range) =>
        !char.IsWhiteSpace(text[range.Start]) && !char.IsWhiteSpace(text[range.End - 1]);

    private static int IndexOfBreak(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029') return i;
        }
        return -1;
    }

    private static bool HasLoneSurrogate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) i++;
            else if (char.IsSurrogate(value[i])) return true;
        }
        return false;
    }

    // Written out here rather than taken from the engine: the compiler's rule (CR, LF, CRLF, NEL, LS, PS), checked independently.
    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            else if (c is not ('\r' or '\n' or '\u0085' or '\u2028' or '\u2029')) continue;
            starts.Add(i + 1);
        }
        return starts;
    }

    private static Corpus.Extraction.Model.LinePosition PositionOf(List<int> starts, int offset)
    {
        var line = starts.BinarySearch(offset);
        if (line < 0) line = ~line - 1;
        return new Corpus.Extraction.Model.LinePosition(line, offset - starts[line]);
    }
}
