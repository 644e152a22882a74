using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Corpus.Runtime;

/// <summary>Strings compared by reference: for keys that are literals of generated code, interned once each.</summary>
internal sealed class ReferenceKeys : IEqualityComparer<string>
{
    public static readonly ReferenceKeys Instance = new();

    public bool Equals(string? x, string? y) => ReferenceEquals(x, y);

    public int GetHashCode(string obj) => RuntimeHelpers.GetHashCode(obj);
}
