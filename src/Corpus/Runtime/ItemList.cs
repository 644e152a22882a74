using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;

namespace Corpus.Runtime;

/// <summary>
/// A read-only list whose items a generated subclass creates on first access, once each. Generated
/// subclasses add a named member for each item (<c>Seeds.People.RozaOtunbayeva</c>).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class ItemList<T> : IReadOnlyList<T>
    where T : class
{
    private readonly T?[] _items;

    protected ItemList(int count) => _items = new T?[count];

    public int Count => _items.Length;

    public T this[int index] => _items[index] ?? Once.Publish(ref _items[index], Create(index));

    protected abstract T Create(int index);

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < _items.Length; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
