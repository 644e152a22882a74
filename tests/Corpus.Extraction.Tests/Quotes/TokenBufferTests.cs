using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Corpus.Extraction.Model;
using Corpus.Extraction.Quotes.Tokens;
using Corpus.Extraction.Quotes.Vocabulary;
using Corpus.Testing;

namespace Corpus.Extraction.Tests.Quotes;

/// <summary>
/// The quote tokenizer keeps every block's tokens in one buffer per thread, reused article after article.
/// A block must keep its own tokens while its article is read, and no article may see another's.
/// </summary>
public sealed class TokenBufferTests
{
    [Fact]
    public void BlocksKeepTheirTokensAndSentencesWhenTheBufferMovesToALargerArray()
    {
        var buffer = TokenBuffer.Rent();
        try
        {
            var blocks = new List<(Token[] Array, int[] SentenceOf, int Offset, int Count, int First)>();
            for (var b = 0; b < 300; b++)
            {
                var tokens = Enumerable.Range(0, 50).Select(t => Word(b * 1000 + t)).ToList();
                var (array, sentenceOf, offset) = buffer.Add(tokens);
                // As the tokenizer does once it has the sentences: each token's sentence, beside it.
                for (var t = 0; t < tokens.Count; t++) sentenceOf[offset + t] = b * 1000 + t;
                blocks.Add((array, sentenceOf, offset, tokens.Count, b * 1000));
            }

            Assert.True(blocks.Select(b => b.Array).Distinct().Count() > 1, "the buffer never grew: the test proves nothing");
            foreach (var (array, sentenceOf, offset, count, first) in blocks)
            {
                for (var t = 0; t < count; t++)
                {
                    Assert.Equal(first + t, array[offset + t].Start);
                    Assert.Equal(first + t, sentenceOf[offset + t]);
                }
            }
        }
        finally
        {
            buffer.Return();
        }
    }

    [Fact]
    public void AnExtractionInsideAnotherGetsABufferOfItsOwn()
    {
        var outer = TokenBuffer.Rent();
        var inner = TokenBuffer.Rent();
        Assert.NotSame(outer, inner);
        inner.Return();
        outer.Return();
        Assert.Same(outer, TokenBuffer.Rent());
    }

    [Fact]
    public void AnArticleReadsTheSameAfterOthersOnTheSameThreadAndBesideOthersOnOtherThreads()
    {
        var seeds = new[] { "000", "003" }.Select(id => File.ReadAllText(RepoPaths.Seed(id))).ToArray();
        var alone = seeds.Select(Read).ToArray();

        // One thread, one after the other, twice: the second pass reuses buffers the first filled.
        Assert.Equal(alone, seeds.Concat(seeds).Select(Read).Skip(seeds.Length).ToArray());

        // Many threads at once, each with its own buffer.
        var parallel = new ArticleModel[64];
        Parallel.For(0, parallel.Length, i => parallel[i] = Read(seeds[i % seeds.Length]));
        for (var i = 0; i < parallel.Length; i++) Assert.Equal(alone[i % seeds.Length], parallel[i]);
    }

    private static ArticleModel Read(string text) => ArticleReader.Read("seed.txt", text, ArticleMetadata.None);

    private static Token Word(int start) =>
        new(TokenKind.Word, start, start + 1, "w", WordClasses.Of("w"), capitalized: false, allCaps: false, period: false, part: -1);
}
