using System.ComponentModel;
using System.Threading;

namespace Corpus.Runtime;

/// <summary>
/// Publishes a lazily created value once: when two threads race, both may build it, one wins, and
/// every caller sees the winner, so a generated member always returns the same instance.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class Once
{
    public static T Publish<T>(ref T? field, T value)
        where T : class
        => Interlocked.CompareExchange(ref field, value, null) ?? value;
}
