using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Corpus.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Corpus.Generator.Tests.Hostile;

/// <summary>
/// The same inputs give byte-identical generated sources, names and diagnostics, whatever order the
/// compiler hands the files over in: with every hostile article, non-Latin and colliding names, broken
/// encodings and the seeds in one project, across shuffled orders and separate runs.
/// </summary>
public class DeterministicOutputTests
{
    [Fact]
    public void ShuffledHostileInputsGiveByteIdenticalSources()
    {
        var first = Build(Files(), new Random(1));
        for (var seed = 2; seed <= 4; seed++)
        {
            var again = Build(Files(), new Random(seed));
            Assert.Equal(first.Sources.Count, again.Sources.Count);
            for (var i = 0; i < first.Sources.Count; i++)
            {
                Assert.Equal(first.Sources[i].HintName, again.Sources[i].HintName);
                Assert.True(first.Sources[i].Bytes.AsSpan().SequenceEqual(again.Sources[i].Bytes), first.Sources[i].HintName + " differs");
            }
            Assert.Equal(first.Diagnostics, again.Diagnostics);
        }

        // The project really is hostile: many files, warnings among them, nothing failed.
        Assert.True(first.Sources.Count > 100);
        Assert.Contains(first.Diagnostics, d => d.StartsWith("CORPUS005", StringComparison.Ordinal));
        Assert.DoesNotContain(first.Diagnostics, d => d.StartsWith("CORPUS9", StringComparison.Ordinal));
    }

    private static AdditionalText[] Files()
    {
        var files = new List<AdditionalText>();
        var index = 0;
        foreach (var (name, hostile) in HostileArticles.All.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            // Cases in one place share a file name; give each its own, except where the name is the payload.
            var path = name.StartsWith("file/", StringComparison.Ordinal) ? hostile.Path : $"seeds/{index++:D3}-{name.Split('/')[0]}.txt";
            files.Add(EncodedArticle.Utf8(path, hostile.Text, hostile.Metadata));
        }
        files.Add(new EncodedArticle("seeds/utf16.txt", new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes("\u041E\u0448 \u2014 caf\u00E9.")).ToArray()));
        files.Add(new EncodedArticle("seeds/1252.txt", new byte[] { 0x93, 0x4F, 0x73, 0x68, 0x94, 0x2E }));
        files.AddRange(Seeds.Articles());
        files.AddRange(new[] { "a-b", "a_b", "a b", "A-B", "\u041E\u0448", "class", "2010" }.Select(n => TestArticle.Corpus("seeds/" + n + ".txt", n + ".\n")));
        return files.ToArray();
    }

    private static (List<(string HintName, byte[] Bytes)> Sources, List<string> Diagnostics) Build(AdditionalText[] files, Random order)
    {
        var shuffled = files.OrderBy(_ => order.Next()).ToArray();
        var harness = new GeneratorHarness(shuffled);
        EncodedArticle.Register(harness, shuffled.OfType<EncodedArticle>());
        var result = harness.Run();
        Assert.Empty(harness.CompilationProblems());

        var sources = result.GeneratedSources
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .Select(s => (s.HintName, Bytes: Encoding.UTF8.GetBytes(s.SourceText.ToString()).Concat(s.SourceText.GetChecksum()).ToArray()))
            .ToList();
        var diagnostics = DiagnosticText.Of(result.Diagnostics).Split('\n').ToList();
        return (sources, diagnostics);
    }
}
