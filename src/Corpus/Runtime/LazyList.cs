using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;

namespace Corpus.Runtime;

/// <summary>
/// A read-only list whose items are produced on first access by a generated accessor and kept, so a
/// corpus of 20,000 articles costs nothing until an article is touched, and each item exists once.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class LazyList<T> : IReadOnlyList<T>
    where T : class
{
    private readonly Func<int, T> _get;
    private readonly T?[] _items;

    public LazyList(int count, Func<int, T> get)
    {
        if (count < 0) throw new ArgumentOutOfRangeException(nameof(count));
        Count = count;
        _get = get ?? throw new ArgumentNullException(nameof(get));
        _items = new T?[count];
    }

    public int Count { get; }

    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            return _items[index] ?? Once.Publish(ref _items[index], _get(index));
        }
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
