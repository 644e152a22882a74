using Corpus.Generator.Text;

namespace Corpus.Generator.Tests.Text;

/// <summary>The thread's scratch builder: never handed out twice at once, and never kept when large.</summary>
public class StringBuilderCacheTests
{
    [Fact]
    public void ABuilderTakenWhileTheThreadsIsOutIsAnotherOne()
    {
        var outer = StringBuilderCache.Acquire().Append("outer");
        var inner = StringBuilderCache.Acquire().Append("inner");

        Assert.NotSame(outer, inner);
        Assert.Equal("inner", StringBuilderCache.ToStringAndRelease(inner));
        var again = StringBuilderCache.Acquire();
        Assert.Same(inner, again);
        Assert.Equal(0, again.Length);
        Assert.Equal("outer", outer.ToString());
        StringBuilderCache.ToStringAndRelease(again);
        Assert.Equal("outer", StringBuilderCache.ToStringAndRelease(outer));
    }

    [Fact]
    public void ALargeBuilderIsNotKept()
    {
        var small = StringBuilderCache.Acquire();
        StringBuilderCache.ToStringAndRelease(small);
        var large = StringBuilderCache.Acquire(100_000).Append('x', 100_000);

        Assert.Equal(100_000, StringBuilderCache.ToStringAndRelease(large).Length);
        Assert.Same(small, StringBuilderCache.Acquire(16));
    }
}
