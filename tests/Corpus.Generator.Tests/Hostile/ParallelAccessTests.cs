using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading;
using Corpus.Generator.Tests.Infrastructure;

namespace Corpus.Generator.Tests.Hostile;

/// <summary>
/// The compiled corpus is read from many threads at once (a web server's first requests): every lazy
/// member must materialize once and every thread must see the same instances and the same contents.
/// Threads are released together by a barrier so that first accesses really race. Extends
/// RuntimeTests.ParallelFirstAccessMaterializesOneInstance to texts, paragraphs, quotes, figures, the
/// named members, people (reached from the corpus and from their quotes) and enumeration of <c>All</c>,
/// <c>Quotes</c>, <c>Figures</c> and <c>People</c>.
/// </summary>
public class ParallelAccessTests
{
    private const int Threads = 16;

    [Fact]
    public void FirstAccessFromManyThreadsMaterializesEverythingOnce()
    {
        var articles = SyntheticArticles.Many(48)
            .Concat(Seeds.Articles().Select(a => TestArticle.Corpus("news/" + System.IO.Path.GetFileName(a.Path), a.GetText()!.ToString())))
            .ToArray();
        var harness = new GeneratorHarness(articles);
        harness.Run();
        var corpusType = EncodedCorpus.Load(harness, "Consumer.News");
        var all = (IReadOnlyList<global::Corpus.Article>)corpusType.GetProperty("All")!.GetValue(null)!;
        var named = corpusType.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(global::Corpus.Article)).ToArray();
        var figures = (IEnumerable<global::Corpus.Figure>)corpusType.GetProperty("Figures")!.GetValue(null)!;
        var quotes = (IEnumerable<global::Corpus.Quote>)corpusType.GetProperty("Quotes")!.GetValue(null)!;
        var people = (IEnumerable<global::Corpus.Person>)corpusType.GetProperty("People")!.GetValue(null)!;
        Assert.Equal(articles.Length, all.Count);
        Assert.Equal(articles.Length, named.Length);

        var seen = RunTogether(thread =>
        {
            // Each thread takes its own path: by index in its own order (a permutation, as 7 and 50 are coprime),
            // by named member in another, by enumeration; half of them touch the texts first, half last.
            var count = all.Count;
            var order = Enumerable.Range(0, count).Select(i => (i * 7 + thread * 5) % count).ToArray();
            if (thread % 2 == 1) Array.Reverse(order);
            var byIndex = new global::Corpus.Article[count];
            var texts = new string[count];
            foreach (var i in order)
            {
                byIndex[i] = all[i];
                texts[i] = byIndex[i].Text;
            }
            var byName = named.OrderBy(p => (p.Name.Length * 31 + thread) % 17).Select(p => (global::Corpus.Article)p.GetValue(null)!).ToArray();
            var enumerated = all.ToArray();
            // People are reached both ways: from the corpus first on even threads, from their quotes first on odd ones.
            var everyone = thread % 2 == 0 ? people.ToArray() : null;
            var corpusQuotes = quotes.ToArray();
            var speakers = corpusQuotes.Select(q => q.Speaker).ToArray();
            everyone ??= people.ToArray();
            return new Seen(
                byIndex, byName, enumerated, texts, byIndex.Select(a => a.Paragraphs).ToArray(), byIndex.Select(a => a.Quotes).ToArray(),
                byIndex.Select(a => a.Figures).ToArray(), figures.ToArray(), corpusQuotes, everyone, everyone.Select(p => p.Quotes).ToArray(), speakers);
        });

        var first = seen[0];
        foreach (var other in seen)
        {
            for (var i = 0; i < all.Count; i++)
            {
                Assert.Same(first.ByIndex[i], other.ByIndex[i]);
                Assert.Same(first.ByIndex[i], other.Enumerated[i]);
                Assert.Same(first.Texts[i], other.Texts[i]);
                Assert.Same(first.Paragraphs[i], other.Paragraphs[i]);
                Assert.Same(first.Quotes[i], other.Quotes[i]);
                Assert.Same(first.Figures[i], other.Figures[i]);
            }
            Assert.All(other.ByName, article => Assert.Same(article, all.Single(a => a.Path == article.Path)));
            // Sequences of the same instances (the runtime types compare by reference).
            Assert.Equal(first.CorpusFigures, other.CorpusFigures);
            Assert.Equal(first.CorpusQuotes, other.CorpusQuotes);
            Assert.Equal(first.People, other.People);
            Assert.Equal(first.Speakers, other.Speakers);
            for (var i = 0; i < first.People.Length; i++) Assert.Same(first.PersonQuotes[i], other.PersonQuotes[i]);
        }

        // And what every thread saw is the articles' own content.
        var expected = articles.OrderBy(a => a.Metadata["CorpusPath"], StringComparer.Ordinal).Select(a => a.GetText()!.ToString()).ToArray();
        Assert.Equal(expected, first.Texts);
        Assert.Equal(first.ByIndex.SelectMany(a => a.Figures), first.CorpusFigures);
        Assert.Equal(first.ByIndex.SelectMany(a => a.Quotes), first.CorpusQuotes);
        Assert.NotEmpty(first.People);
        Assert.All(first.Speakers.Where(s => s is not null), speaker => Assert.Contains(speaker, first.People));
        Assert.All(first.ByIndex, a => Assert.All(a.Paragraphs, p => Assert.Equal(a.Text.Substring(p.Span.Start, p.Span.Length), p.Text)));
    }

    private sealed record Seen(
        global::Corpus.Article[] ByIndex,
        global::Corpus.Article[] ByName,
        global::Corpus.Article[] Enumerated,
        string[] Texts,
        IReadOnlyList<global::Corpus.Paragraph>[] Paragraphs,
        IReadOnlyList<global::Corpus.Quote>[] Quotes,
        IReadOnlyList<global::Corpus.Figure>[] Figures,
        global::Corpus.Figure[] CorpusFigures,
        global::Corpus.Quote[] CorpusQuotes,
        global::Corpus.Person[] People,
        IReadOnlyList<global::Corpus.Quote>[] PersonQuotes,
        global::Corpus.Person?[] Speakers);

    private static T[] RunTogether<T>(Func<int, T> work)
    {
        var results = new T[Threads];
        var errors = new Exception?[Threads];
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            try
            {
                start.SignalAndWait();
                results[t] = work(t);
            }
            catch (Exception exception)
            {
                errors[t] = exception;
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.All(errors, e => Assert.Null(e));
        return results;
    }
}
