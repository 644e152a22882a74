using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Corpus.Extraction.Model;
using Corpus.Generator.Model;

namespace Corpus.Generator.Emitting;

/// <summary>
/// One article's piece of generated code: a lazily created, compile-time named member of its corpus
/// class, named members for its figures and direct quotes, and its tables as data. The text itself is
/// not here (it travels as an embedded resource); only what was extracted is.
/// </summary>
internal static class ArticleEmitter
{
    public static ArticlePiece Emit(ArticleEmission emission)
    {
        var (info, model, name) = (emission.Info, emission.Model, emission.Name);

        var member = new CodeWriter();
        WriteDocumentation(member, info, model);
        member.Line($"public static global::Corpus.Article {name.Member} => ArticleData.{name.Bucket.ClassName}.Get({Literal.Int(name.Slot)});");

        var lists = new List<NamedMembers>();
        if (name.QuoteMembers.Any(m => m.Length > 0)) lists.Add(new NamedMembers(name.QuoteList, QuoteMembers(emission)));
        if (name.FigureMembers.Any(m => m.Length > 0)) lists.Add(new NamedMembers(name.FigureList, FigureMembers(emission)));

        return new ArticlePiece(
            name.CorpusClass, name.Bucket, name.Slot, info.DisplayPath, member.ToString(), lists.ToEquatableArray(),
            ArticleData.Write(emission), emission.Options);
    }

    private static string QuoteMembers(ArticleEmission emission)
    {
        var writer = new CodeWriter();
        var first = true;
        for (var i = 0; i < emission.Model.Quotes.Count; i++)
        {
            var member = emission.Name.QuoteMembers[i];
            if (member.Length == 0) continue;
            if (!first) writer.Line();
            first = false;
            var quote = emission.Model.Quotes[i];
            writer.StartLine().Text("/// <summary>\u201C").Text(DocText.Escape(emission.Quotes[i].Text)).Text("\u201D</summary>").EndLine();
            if (quote.Speaker is not null)
            {
                writer.StartLine().Text("/// <remarks>").Text(DocText.Escape(quote.Speaker));
                if (quote.Via is not null) writer.Text(", via ").Text(DocText.Escape(quote.Via));
                writer.Text("</remarks>").EndLine();
            }
            writer.StartLine().Text("public global::Corpus.Quote ").Text(member).Text(" => ").Text(emission.Name.Member)
                .Text(".Quotes[").Text(Literal.Int(i)).Text("];").EndLine();
        }
        return writer.ToString();
    }

    private static string FigureMembers(ArticleEmission emission)
    {
        var writer = new CodeWriter();
        var first = true;
        for (var i = 0; i < emission.Model.Figures.Count; i++)
        {
            var member = emission.Name.FigureMembers[i];
            if (member.Length == 0) continue;
            if (!first) writer.Line();
            first = false;
            var figure = emission.Model.Figures[i];
            var snippet = emission.Figures[i];
            writer.StartLine().Text("/// <summary>").Text(DocText.Escape(snippet.Text)).Text(" (")
                .Text(DocText.Escape(Facts(KindWords[figure.Kind], figure.Unit, figure.Counts))).Text(")</summary>").EndLine();
            if (snippet.Context.Length > 0) writer.StartLine().Text("/// <remarks>").Text(DocText.Escape(snippet.Context)).Text("</remarks>").EndLine();
            writer.StartLine().Text("public global::Corpus.Figure ").Text(member).Text(" => ").Text(emission.Name.Member)
                .Text(".Figures[").Text(Literal.Int(i)).Text("];").EndLine();
        }
        return writer.ToString();
    }

    // "count", "money": each kind as a figure's hover says it, made once.
    private static readonly Dictionary<FigureKind, string> KindWords =
        System.Enum.GetValues(typeof(FigureKind)).Cast<FigureKind>().ToDictionary(kind => kind, kind => RuntimeNames.Of(kind).ToLowerInvariant());

    // The kind, unit and what happened, each once, in that order: "count, people, dead".
    private static string Facts(string kind, string? unit, string? counts)
    {
        var facts = kind;
        if (!string.IsNullOrEmpty(unit) && unit != kind) facts = string.Concat(facts, ", ", unit);
        if (!string.IsNullOrEmpty(counts) && counts != kind && counts != unit) facts = string.Concat(facts, ", ", counts);
        return facts;
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
}
