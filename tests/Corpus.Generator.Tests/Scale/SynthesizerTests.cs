using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Corpus.Synthesis;

namespace Corpus.Generator.Tests.Scale;

/// <summary>
/// The synthesizer is a measuring instrument: benches and scale tests are only comparable run to run
/// if the same seed writes the same bytes, on any machine, in any order.
/// </summary>
public class SynthesizerTests
{
    [Fact]
    public void TheSameSeedWritesTheSameBytes()
    {
        var first = new ArticleSynthesizer(7);
        var second = new ArticleSynthesizer(7);

        for (var i = 0; i < 200; i++) Assert.Equal(first.Write(i), second.Write(i));
    }

    [Fact]
    public void AnArticleDependsOnlyOnSeedAndIndex()
    {
        var inOrder = new ArticleSynthesizer(7);
        var expected = Enumerable.Range(0, 50).Select(inOrder.Write).ToArray();

        var backwards = new ArticleSynthesizer(7);
        Assert.Equal(expected.Reverse(), Enumerable.Range(0, 50).Reverse().Select(backwards.Write));
    }

    [Fact]
    public void AnotherSeedWritesOtherArticles()
    {
        var a = new ArticleSynthesizer(1).Write(0);
        var b = new ArticleSynthesizer(2).Write(0);

        Assert.NotEqual(a.FileName, b.FileName);
        Assert.NotEqual(a.Text, b.Text);
    }

    [Fact]
    public void FilesOnDiskAreTheTextAsUtf8WithoutAByteOrderMark()
    {
        var folder = Path.Combine(Path.GetTempPath(), "corpus-synthesis-" + Guid.NewGuid().ToString("N"));
        try
        {
            var synthesizer = new ArticleSynthesizer(7);
            var paths = synthesizer.WriteFiles(folder, 20);

            Assert.Equal(20, Directory.EnumerateFiles(folder).Count());
            for (var i = 0; i < paths.Count; i++)
            {
                var (fileName, text) = synthesizer.Write(i);
                Assert.Equal(fileName, Path.GetFileName(paths[i]));
                Assert.Equal(new UTF8Encoding(false).GetBytes(text), File.ReadAllBytes(paths[i]));
            }
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// Pins the output itself, so a change of runtime (string formatting, Unicode tables) or an
    /// accidental edit cannot silently change what every bench measures. Changing the synthesizer on
    /// purpose means updating this digest and re-running the benches (docs/benchmarks.md).
    /// </summary>
    [Fact]
    public void OutputIsPinned()
    {
        var synthesizer = new ArticleSynthesizer(SynthesizedCorpus.Seed);
        using var sha = SHA256.Create();
        var all = string.Concat(Enumerable.Range(0, 100).Select(i => synthesizer.Write(i)).Select(a => a.FileName + "\0" + a.Text + "\0"));
        var digest = Convert.ToHexString(sha.ComputeHash(Encoding.UTF8.GetBytes(all)));

        Assert.True(digest == PinnedDigest,
            $"The synthesizer's output changed (SHA-256 of its first 100 articles is {digest}, pinned {PinnedDigest}). " +
            "If that is intended, pin the new digest and re-run the benches.");
    }

    private const string PinnedDigest = "0C987A2A8318C8629B2E62B630144EB513F89E9CE65AB4A888CD45630B756E38";

    [Fact]
    public void SizesAreThoseOfNewsArticles()
    {
        var synthesizer = new ArticleSynthesizer(SynthesizedCorpus.Seed);
        var sizes = Enumerable.Range(0, 1000).Select(i => Encoding.UTF8.GetByteCount(synthesizer.Write(i).Text)).ToArray();

        Assert.All(sizes, size => Assert.InRange(size, 2000, 8192));
        Assert.InRange(sizes.Average(), 4000, 5000);
    }

    [Fact]
    public void TheCorpusHoldsEveryStyleTheEngineMustRead()
    {
        var synthesizer = new ArticleSynthesizer(SynthesizedCorpus.Seed);
        var texts = Enumerable.Range(0, 400).Select(i => synthesizer.Write(i).Text).ToArray();

        Assert.Contains(texts, t => t.Contains('\u201C') && t.Contains('\u201D'));
        Assert.Contains(texts, t => t.Contains('"') && !t.Contains('\u201C'));
        Assert.Contains(texts, t => t.Contains("\n\n"));
        Assert.Contains(texts, t => !t.Contains("\n\n") && !t.Contains("\r\n\r\n"));
        Assert.Contains(texts, t => t.Contains("\r\n"));
        Assert.Contains(texts, t => t.StartsWith("---", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("More In: ", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("more than ", StringComparison.Ordinal) || t.Contains("More than ", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("thousands of", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(texts, t => t.Contains("Il-76", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains(" per cent", StringComparison.Ordinal) || t.Contains('%'));
        Assert.Contains(texts, t => t.Contains('$') || t.Contains('€') || t.Contains('£'));
        // A quote split by its attribution, and one running over paragraphs (a paragraph that opens a mark and never closes it).
        Assert.Contains(texts, t => t.Contains(",\u201D ") && t.Contains(" said, \u201C", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Split('\n').Any(p => p.StartsWith("\u201C", StringComparison.Ordinal) && !p.Contains('\u201D')));
        Assert.Contains(texts, t => t.Split('\n').Select(p => p.TrimEnd('\r')).Any(p => p.EndsWith("\u201D.", StringComparison.Ordinal) || p.EndsWith("\".", StringComparison.Ordinal)));
    }
}
