using System.Globalization;
using System.Linq;
using Corpus.Extraction.Model;
using Corpus.Generator.Model;

namespace Corpus.Generator.Emitting;

/// <summary>
/// One source file per article: a lazily created, compile-time named member of its corpus class.
/// The text itself is not here (it travels as an embedded resource); only what was extracted is.
/// </summary>
internal static class ArticleEmitter
{
    public static string Emit(ArticleEmission emission)
    {
        var (info, model, name, options) = (emission.Info, emission.Model, emission.Name, emission.Options);
        var member = name.Member;
        var field = "s_" + member.TrimStart('@');
        var factory = "Create_" + member.TrimStart('@');

        var writer = SourceFile.Begin(options, "Article " + info.DisplayPath);
        writer.Open("partial class " + name.CorpusClass);

        writer.Line($"private static global::Corpus.Article{SourceFile.NullableSuffix(options)} {field};");
        writer.Line();
        WriteDocumentation(writer, info, model);
        writer.Line($"public static global::Corpus.Article {member} =>");
        writer.Indent().Line($"{field} ?? global::Corpus.Runtime.Once.Publish(ref {field}, {factory}());").Outdent();
        writer.Line();

        writer.Line($"private static global::Corpus.Article {factory}() =>");
        writer.Indent();
        writer.Line("global::Corpus.Runtime.ArticleFactory.Create(");
        writer.Indent();
        writer.Line($"assembly: typeof({name.CorpusClass}).Assembly,");
        writer.Line($"corpus: {Literal.String(name.CorpusClass.TrimStart('@'))},");
        writer.Line($"id: {Literal.String(info.Id)},");
        writer.Line($"path: {Literal.String(info.DisplayPath)},");
        writer.Line($"resource: {Literal.String(info.Resource)},");
        writer.Line($"encoding: {Literal.String(emission.Encoding)},");
        writer.Line($"textLength: {Literal.Int(model.TextLength)},");
        writer.Line($"textChecksum: {Literal.UInt(model.TextChecksum)},");
        writer.Line($"title: {Literal.String(model.Header.Title)},");
        writer.Line($"published: {Literal.String(model.Header.Published)},");
        writer.Line($"source: {Literal.String(model.Header.Source)},");
        writer.Line($"section: {Literal.String(model.Header.Section)},");
        writer.Line($"url: {Literal.String(model.Header.Url)},");
        writer.Line($"wordCount: {Literal.Int(model.WordCount)},");
        WriteParagraphs(writer, model);
        WriteSentences(writer, model);
        WriteQuotes(writer, emission);
        WriteFigures(writer, model, emission.Figures);
        writer.Outdent().Outdent();

        if (emission.Name.QuoteMembers.Any(m => m.Length > 0)) WriteQuoteMembers(writer, emission);
        if (model.Figures.Count > 0) WriteFigureMembers(writer, emission);

        writer.Close();
        return SourceFile.End(writer, options);
    }

    private static void WriteQuotes(CodeWriter writer, ArticleEmission emission)
    {
        var quotes = emission.Model.Quotes;
        writer.Line("quotes: new global::Corpus.Runtime.QuoteRow[]");
        writer.Line("{");
        writer.Indent();
        for (var i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            var speaker = emission.Name.QuoteSpeakers[i];
            writer.Line("// " + DocText.Comment(emission.Quotes[i].Text));
            writer.Line(
                "new global::Corpus.Runtime.QuoteRow(" +
                $"global::Corpus.QuoteKind.{quote.Kind}, {Literal.Int(quote.Range.Start)}, {Literal.Int(quote.Range.Length)}, " +
                $"cueStart: {Literal.Int(quote.Cue?.Start ?? -1)}, cueLength: {Literal.Int(quote.Cue?.Length ?? 0)}, " +
                $"mentionStart: {Literal.Int(quote.SpeakerMention?.Start ?? -1)}, mentionLength: {Literal.Int(quote.SpeakerMention?.Length ?? 0)}, " +
                $"speaker: {(speaker.Length == 0 ? "null" : "People." + speaker)}, via: {Literal.String(quote.Via)}, " +
                $"continues: {Literal.Int(quote.Continues ?? -1)}),");
        }
        writer.Outdent();
        writer.Line("},");
    }

    private static void WriteQuoteMembers(CodeWriter writer, ArticleEmission emission)
    {
        writer.Line();
        writer.Open("partial class QuoteList");
        var first = true;
        for (var i = 0; i < emission.Model.Quotes.Count; i++)
        {
            var member = emission.Name.QuoteMembers[i];
            if (member.Length == 0) continue;
            if (!first) writer.Line();
            first = false;
            var quote = emission.Model.Quotes[i];
            writer.Line($"/// <summary>\u201C{DocText.Escape(emission.Quotes[i].Text)}\u201D</summary>");
            if (quote.Speaker is not null) writer.Line($"/// <remarks>{DocText.Escape(quote.Speaker)}{(quote.Via is null ? "" : ", via " + DocText.Escape(quote.Via))}</remarks>");
            writer.Line($"public global::Corpus.Quote {member} => {emission.Name.Member}.Quotes[{Literal.Int(i)}];");
        }
        writer.Close();
    }

    private static void WriteFigures(CodeWriter writer, ArticleModel model, EquatableArray<FigureSnippet> snippets)
    {
        writer.Line("figures: new global::Corpus.Runtime.FigureRow[]");
        writer.Line("{");
        writer.Indent();
        for (var i = 0; i < model.Figures.Count; i++)
        {
            var figure = model.Figures[i];
            writer.Line("// " + DocText.Comment(snippets[i].Text));
            writer.Line(
                "new global::Corpus.Runtime.FigureRow(" +
                $"global::Corpus.FigureKind.{RuntimeNames.Of(figure.Kind)}, {Literal.Int(figure.Range.Start)}, {Literal.Int(figure.Range.Length)}, " +
                $"global::Corpus.Qualifier.{figure.Qualifier}, {Literal.Decimal(figure.Value)}, {Literal.Decimal(figure.Upper)}, " +
                $"unit: {Literal.String(figure.Unit)}, counts: {Literal.String(figure.Counts)}, " +
                $"sentence: {Literal.Int(figure.Sentence)}, quote: {Literal.Int(figure.Quote ?? -1)}),");
        }
        writer.Outdent();
        writer.Line("});");
    }

    private static void WriteFigureMembers(CodeWriter writer, ArticleEmission emission)
    {
        writer.Line();
        writer.Open("partial class FigureList");
        for (var i = 0; i < emission.Model.Figures.Count; i++)
        {
            if (i > 0) writer.Line();
            var figure = emission.Model.Figures[i];
            var snippet = emission.Figures[i];
            var facts = string.Join(", ", new[] { RuntimeNames.Of(figure.Kind).ToLowerInvariant(), figure.Unit, figure.Counts }.Where(f => !string.IsNullOrEmpty(f)).Distinct());
            writer.Line($"/// <summary>{DocText.Escape(snippet.Text)} ({DocText.Escape(facts)})</summary>");
            if (snippet.Sentence.Length > 0) writer.Line($"/// <remarks>{DocText.Escape(snippet.Sentence)}</remarks>");
            writer.Line($"public global::Corpus.Figure {emission.Name.FigureMembers[i]} => {emission.Name.Member}.Figures[{Literal.Int(i)}];");
        }
        writer.Close();
    }

    private static void WriteDocumentation(CodeWriter writer, ArticleFileInfo info, ArticleModel model)
    {
        writer.Line($"/// <summary>{DocText.Escape(model.Header.Title)}</summary>");
        writer.Line("/// <remarks>");
        if (model.Lead.Length > 0)
        {
            writer.Line($"/// <para>{DocText.Escape(model.Lead)}</para>");
        }
        writer.Line(string.Format(
            CultureInfo.InvariantCulture,
            "/// <para><c>{0}</c>: {1} {2}, {3} {4}, {5} {6}.</para>",
            DocText.Escape(info.DisplayPath),
            model.Paragraphs.Count, model.Paragraphs.Count == 1 ? "paragraph" : "paragraphs",
            model.Sentences.Count, model.Sentences.Count == 1 ? "sentence" : "sentences",
            model.WordCount, model.WordCount == 1 ? "word" : "words"));
        writer.Line("/// </remarks>");
    }

    private static void WriteParagraphs(CodeWriter writer, ArticleModel model)
    {
        writer.Line("// start, length");
        writer.Line("paragraphs: new int[]");
        writer.Line("{");
        writer.Indent();
        foreach (var paragraph in model.Paragraphs)
        {
            writer.Line($"{Literal.Int(paragraph.Start)}, {Literal.Int(paragraph.Length)},");
        }
        writer.Outdent();
        writer.Line("},");
    }

    private static void WriteSentences(CodeWriter writer, ArticleModel model)
    {
        writer.Line("// start, length, paragraph");
        writer.Line("sentences: new int[]");
        writer.Line("{");
        writer.Indent();
        foreach (var sentence in model.Sentences)
        {
            writer.Line($"{Literal.Int(sentence.Range.Start)}, {Literal.Int(sentence.Range.Length)}, {Literal.Int(sentence.Paragraph)},");
        }
        writer.Outdent();
        writer.Line("},");
    }
}
