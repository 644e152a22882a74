using System.Globalization;
using System.Text;
using Corpus.Generator.Model;
using Corpus.Shared;

namespace Corpus.Generator.Naming;

/// <summary>
/// Which file each article is generated into. Up to <see cref="OwnFileLimit"/> articles, each has its
/// own (<c>Seeds.Article003.g.cs</c>: easy to find and read). Past that, articles share files by a hash of
/// their path, about <see cref="TargetSize"/> to a file: the compiler checks every hint name against the
/// others on every run, and parses one tree per file, so 20,000 files cost more than their content.
/// A hash rather than a position keeps an added article from moving its neighbours into other files.
/// </summary>
internal static class Buckets
{
    public const int OwnFileLimit = 256;
    public const int TargetSize = 32;

    /// <summary>The number of shared files for a corpus of <paramref name="articles"/>: a power of two, or 0 for a file each.</summary>
    public static int Count(int articles) => articles <= OwnFileLimit ? 0 : PowersOfTwo.Covering(articles, TargetSize);

    public static ArticleBucket OwnFile(string className, string member) =>
        new(className.TrimStart('@') + "." + member.TrimStart('@') + ".g.cs", member);

    /// <summary>Which of <paramref name="count"/> shared files an article goes in.</summary>
    public static int IndexOf(string displayPath, int count) => (int)(Hash(displayPath) & (uint)(count - 1));

    public static ArticleBucket Shared(string className, int index, int count)
    {
        var digits = (count - 1).ToString(CultureInfo.InvariantCulture).Length;
        var number = index.ToString("D" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return new ArticleBucket(className.TrimStart('@') + ".Articles" + number + ".g.cs", "Part" + number);
    }

    // Of the UTF-8 bytes, so the same path lands in the same file on every machine and run.
    private static uint Hash(string text)
    {
        var hash = Fnv1a.Basis;
        foreach (var b in Encoding.UTF8.GetBytes(text)) hash = Fnv1a.Step(hash, b);
        return hash;
    }
}
