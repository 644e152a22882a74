namespace Corpus.Extraction.People;

/// <summary>Union-find over the linker's nodes, by index.</summary>
internal sealed class DisjointSets
{
    private readonly int[] _parent;

    public DisjointSets(int count)
    {
        _parent = new int[count];
        for (var i = 0; i < count; i++) _parent[i] = i;
    }

    public int Find(int i)
    {
        while (_parent[i] != i)
        {
            _parent[i] = _parent[_parent[i]];
            i = _parent[i];
        }
        return i;
    }

    // The smaller index becomes the root, so the sets do not depend on the order of unions.
    public void Union(int a, int b)
    {
        var x = Find(a);
        var y = Find(b);
        if (x == y) return;
        if (x < y) _parent[y] = x;
        else _parent[x] = y;
    }
}
