using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace Corpus.Runtime;

/// <summary>
/// The people of a corpus, read from the data generated code carries, each created on first access.
/// The data's first line lists the corpus's article paths in <c>All</c> order; then a line per person:
/// name, kind, aliases, roles, then the quotes they said as pairs (the article's position in <c>All</c>,
/// the quote's position in the article). A quote's speaker is found from those pairs, so the articles'
/// code names no person. Generated subclasses add a named member per person whose name is theirs alone.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class PersonItems : ItemList<Person>
{
    private readonly IReadOnlyList<Article> _articles;
    private Layout? _layout;

    protected PersonItems(int count, IReadOnlyList<Article> articles)
        : base(count)
    {
        _articles = articles ?? throw new ArgumentNullException(nameof(articles));
    }

    /// <summary>The article paths, then the records of every person, one per line.</summary>
    protected abstract string Data { get; }

    protected sealed override Person Create(int index)
    {
        var reader = new DataReader(Data, GetLayout().Offsets[index]);
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

    /// <summary>
    /// For each quote of the article at <paramref name="articlePath"/>, the position of the person who
    /// said it (-1: nobody known); empty when no quote of it has a speaker. The article keeps it.
    /// </summary>
    internal int[] SpeakersOf(string articlePath)
    {
        var layout = GetLayout();
        var position = Find(layout.PathStarts, articlePath);
        return (position < 0 ? null : layout.Speakers[position]) ?? Array.Empty<int>();
    }

    private Layout GetLayout() => _layout ?? Once.Publish(ref _layout, ReadLayout());

    // The paths are in All order, which is ordinal path order: a binary search finds an article without
    // making 20,000 strings. A linear scan stands behind it, should the order ever differ.
    private int Find(int[] pathStarts, string path)
    {
        var data = Data;
        int low = 0, high = pathStarts.Length - 1;
        while (low <= high)
        {
            var middle = low + (high - low) / 2;
            var order = new DataReader(data, pathStarts[middle]).CompareString(path);
            if (order == 0) return middle;
            if (order < 0) low = middle + 1;
            else high = middle - 1;
        }
        for (var i = 0; i < pathStarts.Length; i++)
        {
            if (new DataReader(data, pathStarts[i]).CompareString(path) == 0) return i;
        }
        return -1;
    }

    // Records differ in length, so where each starts is found once, by reading through them all; who
    // said each quote is gathered on the way.
    private Layout ReadLayout()
    {
        var reader = new DataReader(Data, 0);
        var pathStarts = new int[reader.ReadInt()];
        for (var i = 0; i < pathStarts.Length; i++)
        {
            pathStarts[i] = reader.Position;
            reader.SkipString();
        }
        var offsets = new int[Count];
        // Who said what, as (article, quote, person) triples: plain ints, as this runs on a cold start.
        var said = new int[3 * 64];
        var saidCount = 0;
        var quotesPerArticle = new int[pathStarts.Length];
        for (var person = 0; person < offsets.Length; person++)
        {
            reader.SkipRecordBreak();
            offsets[person] = reader.Position;
            reader.SkipString();
            reader.ReadInt();
            for (var n = reader.ReadInt(); n > 0; n--) reader.SkipString();
            for (var n = reader.ReadInt(); n > 0; n--) reader.SkipString();
            for (var n = reader.ReadInt(); n > 0; n--)
            {
                var (article, quote) = (reader.ReadInt(), reader.ReadInt());
                if (saidCount == said.Length) Array.Resize(ref said, 2 * said.Length);
                said[saidCount++] = article;
                said[saidCount++] = quote;
                said[saidCount++] = person;
                quotesPerArticle[article] = Math.Max(quotesPerArticle[article], quote + 1);
            }
        }

        var speakers = new int[pathStarts.Length][];
        for (var article = 0; article < speakers.Length; article++)
        {
            if (quotesPerArticle[article] == 0) continue;
            var byQuote = new int[quotesPerArticle[article]];
            for (var i = 0; i < byQuote.Length; i++) byQuote[i] = -1;
            speakers[article] = byQuote;
        }
        for (var i = 0; i < saidCount; i += 3) speakers[said[i]][said[i + 1]] = said[i + 2];
        return new Layout(offsets, pathStarts, speakers);
    }

    private sealed class Layout
    {
        public Layout(int[] offsets, int[] pathStarts, int[]?[] speakers) => (Offsets, PathStarts, Speakers) = (offsets, pathStarts, speakers);

        public int[] Offsets { get; }

        /// <summary>Where each article's path starts in the data, in <c>All</c> order.</summary>
        public int[] PathStarts { get; }

        /// <summary>For each article, the person who said each of its quotes (-1: nobody known), or null for none.</summary>
        public int[]?[] Speakers { get; }
    }
}
