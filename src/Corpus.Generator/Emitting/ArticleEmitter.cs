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
            writer.Line($"/// <summary>\u201C{DocText.Escape(emission.Quotes[i].Text)}\u201D</summary>");
            if (quote.Speaker is not null) writer.Line($"/// <remarks>{DocText.Escape(quote.Speaker)}{(quote.Via is null ? "" : ", via " + DocText.Escape(quote.Via))}</remarks>");
            writer.Line($"public global::Corpus.Quote {member} => {emission.Name.Member}.Quotes[{Literal.Int(i)}];");
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
            var facts = string.Join(", ", new[] { RuntimeNames.Of(figure.Kind).ToLowerInvariant(), figure.Unit, figure.Counts }.Where(f => !string.IsNullOrEmpty(f)).Distinct());
            writer.Line($"/// <summary>{DocText.Escape(snippet.Text)} ({DocText.Escape(facts)})</summary>");
            if (snippet.Context.Length > 0) writer.Line($"/// <remarks>{DocText.Escape(snippet.Context)}</remarks>");
            writer.Line($"public global::Corpus.Figure {member} => {emission.Name.Member}.Figures[{Literal.Int(i)}];");
        }
        return writer.ToString();
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
