using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Corpus.Cli.Reading;
using Corpus.Extraction.Model;
using Corpus.Extraction.People;

namespace Corpus.Cli.Json;

/// <summary>
/// The whole mapping from the engine's model to the JSON of docs/json.md, in one place: when a
/// model changes, this file changes. Field order is fixed and absent values are written as null,
/// so every article has the same shape and two runs over the same files are byte-identical.
/// Fields beyond the contract's come after the contract's fields of the same object.
/// Each article is written out as soon as it is read, so a large corpus is never held in memory.
/// </summary>
internal sealed class CorpusJsonWriter : IArticleOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        // Article text is mostly prose with typographic quotes; keep it readable rather than \uXXXX.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly TextWriter _output;
    private readonly ArrayBufferWriter<byte> _buffer = new();
    private readonly Utf8JsonWriter _json;
    private readonly List<LinkableArticle> _speakers = new();

    public CorpusJsonWriter(TextWriter output)
    {
        _output = output;
        _json = new Utf8JsonWriter(_buffer, Options);
        _json.WriteStartObject();
        _json.WriteStartArray("articles");
    }

    public void Add(ExtractedArticle article)
    {
        var model = article.Model;
        var header = model.Header;
        var text = article.Text;
        _json.WriteStartObject();
        _json.WriteString("id", article.File.Id);
        _json.WriteString("path", article.File.DisplayPath);
        _json.WriteString("title", header.Title);
        _json.WriteString("text", text);
        _json.WriteString("published", header.Published);
        _json.WriteString("source", header.Source);
        _json.WriteString("section", header.Section);
        _json.WriteString("url", header.Url);
        _json.WriteNumber("wordCount", model.WordCount);
        _json.WriteBoolean("titleFromLead", header.TitleFromLead);
        _json.WriteString("encoding", article.Encoding);

        _json.WriteStartArray("paragraphs");
        foreach (var paragraph in model.Paragraphs)
        {
            _json.WriteStartObject();
            WriteRange(paragraph);
            _json.WriteEndObject();
        }
        _json.WriteEndArray();

        _json.WriteStartArray("sentences");
        foreach (var sentence in model.Sentences)
        {
            _json.WriteStartObject();
            WriteRange(sentence.Range);
            _json.WriteNumber("paragraph", sentence.Paragraph);
            _json.WriteEndObject();
        }
        _json.WriteEndArray();

        _json.WriteStartArray("quotes");
        foreach (var quote in model.Quotes)
        {
            _json.WriteStartObject();
            _json.WriteString("kind", Name(quote.Kind));
            WriteSpan(text, quote.Range);
            _json.WriteString("speaker", quote.Speaker);
            WriteOptionalSpan("speakerMention", text, quote.SpeakerMention);
            _json.WriteString("via", quote.Via);
            WriteOptionalSpan("cue", text, quote.Cue);
            WriteOptionalNumber("continues", quote.Continues);
            _json.WriteEndObject();
        }
        _json.WriteEndArray();

        _json.WriteStartArray("figures");
        foreach (var figure in model.Figures)
        {
            _json.WriteStartObject();
            _json.WriteString("kind", Name(figure.Kind));
            WriteSpan(text, figure.Range);
            _json.WriteNumber("value", figure.Value);
            if (figure.Upper is { } upper) _json.WriteNumber("upper", upper);
            else _json.WriteNull("upper");
            _json.WriteString("qualifier", Name(figure.Qualifier));
            _json.WriteString("unit", figure.Unit);
            _json.WriteBoolean("inQuote", figure.Quote.HasValue);
            _json.WriteString("counts", figure.Counts);
            WriteOptionalNumber("quote", figure.Quote);
            _json.WriteEndObject();
        }
        _json.WriteEndArray();

        _json.WriteEndObject();
        Drain();
        // Only who spoke is kept for the end, not the text: the corpus is never held in memory.
        _speakers.Add(PeopleLinker.Prepare(article.File.Id, model.Quotes, model.Speakers));
    }

    public void Finish(IReadOnlyList<ArticleDiagnostic> diagnostics)
    {
        _json.WriteEndArray();
        WritePeople();
        _json.WriteStartArray("diagnostics");
        foreach (var diagnostic in diagnostics)
        {
            _json.WriteStartObject();
            _json.WriteString("id", diagnostic.Id);
            _json.WriteString("severity", Name(diagnostic.Severity));
            _json.WriteString("path", diagnostic.Path);
            _json.WriteNumber("line", diagnostic.Line);
            _json.WriteNumber("column", diagnostic.Column);
            _json.WriteString("message", diagnostic.Message);
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
        _json.WriteEndObject();
        Drain();
        _output.WriteLine();
        _output.Flush();
    }

    private void WriteRange(TextRange range)
    {
        _json.WriteNumber("start", range.Start);
        _json.WriteNumber("length", range.Length);
    }

    /// <summary>A span of the text as the contract gives it: the text itself, then where it is.</summary>
    private void WriteSpan(string text, TextRange range)
    {
        _json.WriteString("text", text.Substring(range.Start, range.Length));
        WriteRange(range);
    }

    private void WriteOptionalSpan(string name, string text, TextRange? range)
    {
        if (range is not { } value)
        {
            _json.WriteNull(name);
            return;
        }
        _json.WriteStartObject(name);
        WriteSpan(text, value);
        _json.WriteEndObject();
    }

    private void WriteOptionalNumber(string name, int? value)
    {
        if (value is { } number) _json.WriteNumber(name, number);
        else _json.WriteNull(name);
    }

    // Enum names as JSON spells them: Direct -> "direct", MoreThan -> "moreThan".
    private static string Name<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name.Substring(1);
    }

    // The speakers of every article joined into people, as the generator joins them for Seeds.People.
    private void WritePeople()
    {
        _json.WriteStartArray("people");
        foreach (var person in PeopleLinker.Link(_speakers))
        {
            _json.WriteStartObject();
            _json.WriteString("name", person.Name);
            _json.WriteString("kind", Name(person.Kind));
            _json.WriteStartArray("aliases");
            foreach (var alias in person.Aliases) _json.WriteStringValue(alias);
            _json.WriteEndArray();
            _json.WriteStartArray("roles");
            foreach (var role in person.Roles) _json.WriteStringValue(role);
            _json.WriteEndArray();
            _json.WriteStartArray("quotes");
            foreach (var reference in person.References)
            {
                _json.WriteStartObject();
                _json.WriteString("article", reference.ArticleId);
                _json.WriteNumber("quote", reference.Quote);
                _json.WriteString("role", Name(reference.Role));
                _json.WriteEndObject();
            }
            _json.WriteEndArray();
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
        Drain();
    }

    private void Drain()
    {
        _json.Flush();
        _output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        _buffer.ResetWrittenCount();
    }
}
