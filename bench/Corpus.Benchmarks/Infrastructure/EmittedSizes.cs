using System.Globalization;
using System.Linq;

namespace Corpus.Benchmarks.Infrastructure;

/// <summary>
/// What the generator emits for a corpus, measured: generated source, the compiled assembly and its
/// user-string heap (C# string literals share 16 MB: CS8103), against the text the assembly carries.
/// </summary>
internal sealed record EmittedSizes(int Articles, long TextBytes, long SourceBytes, long IndexSourceBytes, long AssemblyBytes, long UserStringHeapBytes)
{
    public const long UserStringHeapLimit = 1 << 24;

    public double SourceBytesPerArticle => (double)SourceBytes / Articles;

    public double AssemblyOverText => (double)AssemblyBytes / TextBytes;

    /// <summary>Assembly bytes beyond the embedded text, per article: the cost of the generated code itself.</summary>
    public double CodeBytesPerArticle => (double)(AssemblyBytes - TextBytes) / Articles;

    public double UserStringBytesPerArticle => (double)UserStringHeapBytes / Articles;

    /// <summary>How many such articles would fill the user-string heap: where CS8103 would come back.</summary>
    public double ArticlesToStringLimit => UserStringHeapLimit / UserStringBytesPerArticle;

    public string Describe() => string.Join("\n", new[]
    {
        Articles, TextBytes, SourceBytes, IndexSourceBytes, AssemblyBytes, UserStringHeapBytes,
    }.Select(v => v.ToString(CultureInfo.InvariantCulture)));

    public static EmittedSizes Parse(string text)
    {
        var v = text.Split('\n').Select(l => long.Parse(l, CultureInfo.InvariantCulture)).ToArray();
        return new EmittedSizes((int)v[0], v[1], v[2], v[3], v[4], v[5]);
    }

    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "{0:N0} articles, {1:N0} text bytes: generated source {2:N0} B ({3:N0} B/article, index {4:N0} B); assembly {5:N0} B = {6:F3}x the text ({7:N0} B/article of code); user strings {8:N0} B ({9:N0} B/article, CS8103 near {10:N0} articles)",
        Articles, TextBytes, SourceBytes, SourceBytesPerArticle, IndexSourceBytes, AssemblyBytes, AssemblyOverText, CodeBytesPerArticle,
        UserStringHeapBytes, UserStringBytesPerArticle, ArticlesToStringLimit);
}
