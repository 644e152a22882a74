using System;
using System.Collections.Generic;
using System.Threading;
using Corpus.Extraction.Model;

namespace Corpus.Generator.Model;

/// <summary>
/// A naming step's entries for every article, compared by their values (an equal table stops the
/// pipeline there) and looked up by path, once per article, when the article's names are gathered.
/// </summary>
internal sealed class ArticleEntries<T> : IEquatable<ArticleEntries<T>>
    where T : class, IEquatable<T>, IArticleEntry
{
    private Dictionary<string, T>? _byPath;

    public ArticleEntries(EquatableArray<T> items) => Items = items;

    public EquatableArray<T> Items { get; }

    public T? Find(string path)
    {
        var byPath = LazyInitializer.EnsureInitialized(ref _byPath, () =>
        {
            var map = new Dictionary<string, T>(Items.Count, StringComparer.Ordinal);
            foreach (var item in Items) map[item.Path] = item;
            return map;
        })!;
        return byPath.TryGetValue(path, out var entry) ? entry : null;
    }

    public bool Equals(ArticleEntries<T>? other) => other is not null && Items.Equals(other.Items);

    public override bool Equals(object? obj) => Equals(obj as ArticleEntries<T>);

    public override int GetHashCode() => Items.GetHashCode();
}
