using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;

namespace Corpus.Runtime;

/// <summary>
/// A read-only list whose items are produced on first access by a generated accessor, so a corpus
/// of 20,000 articles costs nothing until an article is touched.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class LazyList<T> : IReadOnlyList<T>
    where T : class
{
    private readonly Func<int, T> _get;

    public LazyList(int count, Func<int, T> get)
    {
        if (count < 0) throw new ArgumentOutOfRangeException(nameof(count));
        Count = count;
        _get = get ?? throw new ArgumentNullException(nameof(get));
    }

    public int Count { get; }

    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            return _get(index);
        }
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return _get(i);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
