using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace Corpus.Runtime;

/// <summary>
/// The people of a corpus, read from the data generated code carries, each created on first access.
/// Each record: name, kind, aliases, roles, then the quotes as pairs (the article's position in the
/// corpus's <c>All</c>, the quote's position in the article). Generated subclasses add a named member per person.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class PersonItems : ItemList<Person>
{
    private readonly IReadOnlyList<Article> _articles;
    private int[]? _offsets;

    protected PersonItems(int count, IReadOnlyList<Article> articles)
        : base(count)
    {
        _articles = articles ?? throw new ArgumentNullException(nameof(articles));
    }

    /// <summary>The records of every person, one per line.</summary>
    protected abstract byte[] Data { get; }

    protected sealed override Person Create(int index)
    {
        var offsets = _offsets ?? Once.Publish(ref _offsets, Offsets());
        var reader = new DataReader(Data, offsets[index]);
        var name = reader.ReadString();
        var kind = (PersonKind)reader.ReadInt();
        var aliases = reader.ReadStrings();
        var roles = reader.ReadStrings();
        var quotes = new int[2 * reader.ReadInt()];
        for (var i = 0; i < quotes.Length; i++) quotes[i] = reader.ReadInt();

        var articles = _articles;
        return new Person(name, kind, Array.AsReadOnly(aliases), Array.AsReadOnly(roles), () =>
        {
            // An article whose code could not be generated (CORPUS902) is there without its quotes.
            var list = new List<Quote>(quotes.Length / 2);
            for (var i = 0; i < quotes.Length; i += 2)
            {
                var articleQuotes = articles[quotes[i]].Quotes;
                if (quotes[i + 1] < articleQuotes.Count) list.Add(articleQuotes[quotes[i + 1]]);
            }
            return list.AsReadOnly();
        });
    }

    // Records differ in length, so where each starts is found once, by skipping through them all.
    private int[] Offsets()
    {
        var offsets = new int[Count];
        var reader = new DataReader(Data, 0);
        for (var i = 0; i < offsets.Length; i++)
        {
            if (i > 0) reader.SkipRecordBreak();
            offsets[i] = reader.Position;
            reader.SkipString();
            reader.ReadInt();
            for (var n = reader.ReadInt(); n > 0; n--) reader.SkipString();
            for (var n = reader.ReadInt(); n > 0; n--) reader.SkipString();
            for (var n = 2 * reader.ReadInt(); n > 0; n--) reader.ReadUInt();
        }
        return offsets;
    }
}
