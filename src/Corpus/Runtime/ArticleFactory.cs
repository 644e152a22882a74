using System;
using System.ComponentModel;
using System.Globalization;
using System.Reflection;

namespace Corpus.Runtime;

/// <summary>Called by generated code to materialize an article. Not meant to be called by hand.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ArticleFactory
{
    /// <summary>
    /// Creates the article in <paramref name="slot"/> of a bucket's <paramref name="data"/>, a
    /// <see cref="DataBlock"/> of records laid out as <see cref="DataReader"/> and the generator's
    /// <c>ArticleData</c> describe. Its quotes' speakers are asked of <paramref name="people"/>
    /// only when one is first read, so that reading one article never creates the corpus's people.
    /// </summary>
    public static Article Create(Assembly assembly, string corpus, string data, int slot, Func<PersonItems> people)
    {
        if (assembly is null) throw new ArgumentNullException(nameof(assembly));
        if (people is null) throw new ArgumentNullException(nameof(people));
        var reader = new DataReader(data, DataBlock.RecordStart(data, slot));

        var id = reader.ReadString();
        var path = reader.ReadString();
        var resource = reader.ReadString();
        var encoding = reader.ReadString();
        var textLength = reader.ReadInt();
        var textChecksum = reader.ReadUInt();
        var title = reader.ReadString();
        var published = reader.ReadNullableString();
        var source = reader.ReadNullableString();
        var section = reader.ReadNullableString();
        var url = reader.ReadNullableString();
        var wordCount = reader.ReadInt();

        var text = new ArticleText(assembly, resource, encoding, path, textLength, textChecksum);
        return new Article(
            corpus, id, path, text, title, ParsePublished(published), source, section, url, wordCount,
            ReadParagraphs(reader), ReadSentences(reader), ReadQuotes(reader), ReadFigures(reader), people);
    }

    // Pairs (start, length); each start is written as the distance from the previous paragraph's end.
    private static int[] ReadParagraphs(DataReader reader)
    {
        var table = new int[2 * reader.ReadInt()];
        var end = 0;
        for (var i = 0; i < table.Length; i += 2)
        {
            table[i] = end + reader.ReadSigned();
            table[i + 1] = reader.ReadInt();
            end = table[i] + table[i + 1];
        }
        return table;
    }

    // Triples (start, length, paragraph); starts as for paragraphs.
    private static int[] ReadSentences(DataReader reader)
    {
        var table = new int[3 * reader.ReadInt()];
        var end = 0;
        for (var i = 0; i < table.Length; i += 3)
        {
            table[i] = end + reader.ReadSigned();
            table[i + 1] = reader.ReadInt();
            table[i + 2] = reader.ReadInt();
            end = table[i] + table[i + 1];
        }
        return table;
    }

    // A quote's start is written from the previous quote's start; its cue and speaker mention from its own start.
    private static QuoteRow[] ReadQuotes(DataReader reader)
    {
        var count = reader.ReadInt();
        if (count == 0) return Array.Empty<QuoteRow>();
        var rows = new QuoteRow[count];
        var previous = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            var kind = (QuoteKind)reader.ReadInt();
            var start = previous + reader.ReadSigned();
            var length = reader.ReadInt();
            var cue = ReadNearSpan(reader, start);
            var mention = ReadNearSpan(reader, start);
            var via = reader.ReadNullableString();
            var continues = reader.ReadOptional();
            rows[i] = new QuoteRow(kind, new TextSpan(start, length), cue, mention, via, continues);
            previous = start;
        }
        return rows;
    }

    private static FigureRow[] ReadFigures(DataReader reader)
    {
        var count = reader.ReadInt();
        if (count == 0) return Array.Empty<FigureRow>();
        var rows = new FigureRow[count];
        var previous = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            var kind = (FigureKind)reader.ReadInt();
            var start = previous + reader.ReadSigned();
            var length = reader.ReadInt();
            var qualifier = (Qualifier)reader.ReadInt();
            var value = reader.ReadDecimal();
            var upper = reader.ReadNullableDecimal();
            var unit = reader.ReadNullableString();
            var counts = reader.ReadNullableString();
            var sentence = reader.ReadOptional();
            var quote = reader.ReadOptional();
            rows[i] = new FigureRow(kind, new TextSpan(start, length), qualifier, value, upper, unit, counts, sentence, quote);
            previous = start;
        }
        return rows;
    }

    // The distance from `origin` (none when missing), then the length.
    private static TextSpan? ReadNearSpan(DataReader reader, int origin) =>
        reader.ReadOptionalSigned() is { } distance ? new TextSpan(origin + distance, reader.ReadInt()) : null;

    // The engine has already checked the date at compile time; what reaches here parses.
    private static DateTimeOffset? ParsePublished(string? published) =>
        published is null
            ? null
            : DateTimeOffset.Parse(published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
