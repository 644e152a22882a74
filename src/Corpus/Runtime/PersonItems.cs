using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.ComponentModel;
using Corpus.Shared;

namespace Corpus.Runtime;

/// <summary>
/// The people of a corpus, read from the data generated code carries, each created on first access.
/// Their records are in blocks of <see cref="DataFormat.PeoplePerBlock"/> (a <see cref="DataBlock"/> each), a
/// record per person: name, kind, aliases, roles, then the quotes they said as pairs (the article's
/// position in <c>All</c>, the quote's position in the article). Who said each quote of an article is kept
/// beside them, by article path (a <see cref="KeyedTable{T}"/>), so the articles' code names no person and
/// one person or one article's speakers is read without reading the rest. Generated subclasses add a named
/// member per person whose name is theirs alone, in files of their own; a member finds its person by its
/// name (<see cref="Named"/>), not by position, so that a person added elsewhere in the corpus leaves its
/// file as it was.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class PersonItems : ItemList<Person>
{
    private readonly IReadOnlyList<Article> _articles;
    private readonly string?[] _blocks;
    private readonly KeyedTable<int[]> _speakers;
    private readonly KeyedTable<int> _members;

    // By the member's name as nameof gives it, an interned literal: a query that names a person for each
    // of 400,000 quotes finds them by reference, not by reading the table each time.
    private readonly ConcurrentDictionary<string, Person> _named = new(ReferenceKeys.Instance);

    protected PersonItems(int count, IReadOnlyList<Article> articles)
        : base(count)
    {
        _articles = articles ?? throw new ArgumentNullException(nameof(articles));
        _blocks = new string?[(count + DataFormat.PeoplePerBlock - 1) / DataFormat.PeoplePerBlock];
        _speakers = new KeyedTable<int[]>(ReadConstant, DataFormat.SpeakerIndexName, DataFormat.SpeakerBlockName, ReadSpeakers);
        _members = new KeyedTable<int>(ReadConstant, DataFormat.MemberIndexName, DataFormat.MemberBlockName, reader => reader.ReadInt());
    }

    /// <summary>
    /// The generated class's data constant <paramref name="name"/>, read through <see cref="DataConstant"/>.
    /// Code generated for the first data format does not override this, and fails here with the clear error.
    /// </summary>
    protected virtual string ReadConstant(string name) => throw DataConstant.FormatMismatch(GetType(), 1);

    protected sealed override Person Create(int index)
    {
        var block = index / DataFormat.PeoplePerBlock;
        var data = _blocks[block] ?? Once.Publish(ref _blocks[block], ReadConstant(DataFormat.PeopleBlockName(block)));
        var reader = new DataReader(data, DataBlock.RecordStart(data, index % DataFormat.PeoplePerBlock));
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

    /// <summary>The person a generated member names, by the member's name.</summary>
    protected Person Named(string member) =>
        _named.TryGetValue(member, out var person) ? person : _named.GetOrAdd(member, Find(member));

    private Person Find(string member)
    {
        if (!_members.TryGet(member, out var position) || position < 0 || position >= Count)
        {
            throw new InvalidOperationException(
                $"The generated class {GetType().FullName} in {GetType().Assembly.GetName().Name} names a person '{member}' its data does not list. " +
                "The generated code is inconsistent: rebuild that project.");
        }
        return this[position];
    }

    /// <summary>
    /// For each quote of the article at <paramref name="articlePath"/>, the position of the person who
    /// said it (-1: nobody known); empty when no quote of it has a speaker. The article keeps it.
    /// </summary>
    internal int[] SpeakersOf(string articlePath) => _speakers.TryGet(articlePath, out var speakers) ? speakers : Array.Empty<int>();

    // An article's record after its path: the number of its quotes, then for each who said it (none: -1).
    private static int[] ReadSpeakers(DataReader reader)
    {
        var speakers = new int[reader.ReadInt()];
        for (var q = 0; q < speakers.Length; q++) speakers[q] = reader.ReadOptional();
        return speakers;
    }
}
