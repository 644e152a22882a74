using System;
using System.Threading;
using Corpus.Extraction.Model;
using Corpus.Extraction.Quotes.Speakers;
using Corpus.Extraction.Quotes.Tokens;

namespace Corpus.Extraction.Tests.Quotes;

/// <summary>
/// A mention's surface is made only when something asks for it. It must still be the words first read as
/// the mention, on one line, even after a merge with an appositive has widened the mention's range.
/// </summary>
public sealed class MentionSurfaceTests
{
    [Fact]
    public void IsTheWordsReadOnOneLine()
    {
        const string text = "Kremlin\n  spokesman   Dmitry Orlov said.";
        var mention = Read(text, "Kremlin", "Orlov");

        Assert.Equal(MentionKind.Person, mention.Kind);
        Assert.Equal("Kremlin spokesman Dmitry Orlov", mention.Surface);
    }

    [Fact]
    public void StaysTheNamesWordsWhenAnAppositiveRoleWidensTheMention()
    {
        const string text = "the former minister, Peter Lang, said.";
        var role = Read(text, "the", "minister");
        var name = Read(text, "Peter", "Lang");

        var merged = MentionReader.Merge(role, name);

        Assert.Same(name, merged);
        Assert.Equal(0, merged.Range.Start);
        Assert.Equal("Peter Lang", merged.Surface);
        Assert.Equal("former minister", merged.Role);
    }

    private static Mention Read(string text, string firstWord, string lastWord)
    {
        var buffer = TokenBuffer.Rent();
        try
        {
            var block = Tokenizer.Read(text, 0, new TextRange(0, text.Length), Array.Empty<QuoteSpan>(), buffer, CancellationToken.None);
            var first = TokenAt(block, text, text.IndexOf(firstWord, StringComparison.Ordinal));
            var last = TokenAt(block, text, text.IndexOf(lastWord, StringComparison.Ordinal));
            return new MentionReader(text).Read(block, first, last + 1)
                ?? throw new InvalidOperationException($"no mention in '{text}' from '{firstWord}' to '{lastWord}'");
        }
        finally
        {
            buffer.Return();
        }
    }

    private static int TokenAt(Block block, string text, int start)
    {
        for (var i = 0; i < block.Count; i++)
        {
            if (block[i].Start == start) return i;
        }
        throw new InvalidOperationException($"no token starts at {start} in '{text}'");
    }
}
