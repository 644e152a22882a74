using System;
using System.Collections.Generic;
using System.Threading;
using Corpus.Runtime;

namespace Corpus;

/// <summary>
/// One article of a generated corpus. Its text is read from the assembly the first time it is asked
/// for; everything else was extracted at compile time. Instances are immutable and thread-safe.
/// </summary>
public sealed class Article
{
    private readonly ArticleText _text;
    private readonly Func<PersonItems> _people;
    private int[]? _speakers;
    private int[]? _lineStarts;

    internal Article(
        string corpus,
        string id,
        string path,
        ArticleText text,
        string title,
        DateTimeOffset? published,
        string? source,
        string? section,
        string? url,
        int wordCount,
        int[] paragraphs,
        int[] sentences,
        QuoteRow[] quotes,
        FigureRow[] figures,
        Func<PersonItems> people)
    {
        Corpus = corpus;
        Id = id;
        Path = path;
        _text = text;
        _people = people;
        Title = title;
        Published = published;
        Source = source;
        Section = section;
        Url = url;
        WordCount = wordCount;
        (Paragraphs, Sentences) = Segments.Build(this, paragraphs, sentences);

        var quoteList = new Quote[quotes.Length];
        for (var i = 0; i < quotes.Length; i++)
        {
            var row = quotes[i];
            quoteList[i] = new Quote(this, i, row.Kind, row.Span, row.Cue, row.Mention, row.Via, row.Continues);
        }
        Quotes = Array.AsReadOnly(quoteList);

        var figureList = new Figure[figures.Length];
        for (var i = 0; i < figures.Length; i++)
        {
            var row = figures[i];
            figureList[i] = new Figure(
                this, i, row.Kind, row.Span, row.Value, row.Upper, row.Qualifier, row.Unit, row.Counts, row.Sentence, row.Quote);
        }
        Figures = Array.AsReadOnly(figureList);
    }

    /// <summary>The name of the corpus class that holds the article, for example <c>Seeds</c>.</summary>
    public string Corpus { get; }

    /// <summary>A stable id from the file's path within its corpus folder, without the extension.</summary>
    public string Id { get; }

    /// <summary>The file's path as the project named it.</summary>
    public string Path { get; }

    /// <summary>The title from front matter or item metadata; otherwise the start of the lead.</summary>
    public string Title { get; }

    public DateTimeOffset? Published { get; }

    public string? Source { get; }

    /// <summary>The section from front matter, item metadata or the page furniture ("More In: International").</summary>
    public string? Section { get; }

    public string? Url { get; }

    public int WordCount { get; }

    /// <summary>The file's decoded text, exactly: every span of the article indexes into it.</summary>
    public string Text => _text.Value;

    public IReadOnlyList<Paragraph> Paragraphs { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>Every quotation, in text order: direct, partial and reported speech.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <summary>Every figure, in text order.</summary>
    public IReadOnlyList<Figure> Figures { get; }

    /// <summary>The text of a span of this article.</summary>
    public string this[TextSpan span] => Text.Substring(span.Start, span.Length);

    /// <summary>The one-based line and column of an offset in <see cref="Text"/>.</summary>
    public LinePosition GetLinePosition(int offset)
    {
        if (offset < 0 || offset > Text.Length) throw new ArgumentOutOfRangeException(nameof(offset));
        var starts = LazyInitializer.EnsureInitialized(ref _lineStarts, () => LineStarts.Of(Text))!;
        var line = Array.BinarySearch(starts, offset);
        if (line < 0) line = ~line - 1;
        return new LinePosition(line + 1, offset - starts[line] + 1);
    }

    /// <summary>Who said the article's quote at <paramref name="quote"/>, as the corpus's people record it.</summary>
    internal Person? SpeakerOf(int quote)
    {
        var people = _people();
        // Found once per article: a query reads the speaker of every quote of the corpus.
        var speakers = _speakers ?? Once.Publish(ref _speakers, people.SpeakersOf(Path));
        return (uint)quote < (uint)speakers.Length && speakers[quote] >= 0 ? people[speakers[quote]] : null;
    }

    public override string ToString() => Title;
}
