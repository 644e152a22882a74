using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;

namespace Corpus.Runtime;

/// <summary>
/// Every quote or figure of a corpus, article after article, for LINQ. Generated subclasses add a
/// named member for each item worth naming. Enumeration creates articles as it reaches them.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class CorpusItems<T> : IEnumerable<T>
{
    private readonly IReadOnlyList<Article> _articles;
    private readonly Func<Article, IReadOnlyList<T>> _items;

    protected CorpusItems(IReadOnlyList<Article> articles, Func<Article, IReadOnlyList<T>> items)
    {
        _articles = articles ?? throw new ArgumentNullException(nameof(articles));
        _items = items ?? throw new ArgumentNullException(nameof(items));
    }

    public IEnumerator<T> GetEnumerator()
    {
        foreach (var article in _articles)
        {
            foreach (var item in _items(article)) yield return item;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
