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
    protected abstract byte[] Data { get; }

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

    /// <summary>Who said the quote at <paramref name="quote"/> of the article at <paramref name="articlePath"/>, if anyone.</summary>
    internal Person? SpeakerOf(string articlePath, int quote) =>
        GetLayout().Speakers.TryGetValue(articlePath, out var speakers) && (uint)quote < (uint)speakers.Length && speakers[quote] >= 0
            ? this[speakers[quote]]
            : null;

    private Layout GetLayout() => _layout ?? Once.Publish(ref _layout, ReadLayout());

    // Records differ in length, so where each starts is found once, by reading through them all; who
    // said each quote is gathered on the way.
    private Layout ReadLayout()
    {
        var reader = new DataReader(Data, 0);
        var articlePaths = reader.ReadStrings();
        var offsets = new int[Count];
        // Who said what, as (article, quote, person) triples: plain ints, as this runs on a cold start.
        var said = new int[3 * 64];
        var saidCount = 0;
        var quotesPerArticle = new int[articlePaths.Length];
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

        var byArticle = new int[articlePaths.Length][];
        var speakers = new Dictionary<string, int[]>(articlePaths.Length, StringComparer.Ordinal);
        for (var article = 0; article < articlePaths.Length; article++)
        {
            if (quotesPerArticle[article] == 0) continue;
            var byQuote = new int[quotesPerArticle[article]];
            for (var i = 0; i < byQuote.Length; i++) byQuote[i] = -1;
            speakers[articlePaths[article]] = byArticle[article] = byQuote;
        }
        for (var i = 0; i < saidCount; i += 3) byArticle[said[i]][said[i + 1]] = said[i + 2];
        return new Layout(offsets, speakers);
    }

    private sealed class Layout
    {
        public Layout(int[] offsets, Dictionary<string, int[]> speakers) => (Offsets, Speakers) = (offsets, speakers);

        public int[] Offsets { get; }

        /// <summary>For each article path, the person who said each of its quotes (-1: nobody known).</summary>
        public Dictionary<string, int[]> Speakers { get; }
    }
}
