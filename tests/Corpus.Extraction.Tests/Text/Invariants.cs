using Corpus.Extraction.Model;

namespace Corpus.Extraction.Tests.Text;

/// <summary>What holds for every model of every text: spans nest, are ordered, and carry no outer whitespace.</summary>
internal static class Invariants
{
    public static void Check(string text, ArticleModel model)
    {
        var all = new TextRange(0, text.Length);
        Assert.Equal(text.Length, model.TextLength);
        Assert.True(all.Contains(model.Body), $"body {model.Body} outside the text");

        var previousEnd = model.Body.Start;
        foreach (var paragraph in model.Paragraphs)
        {
            Assert.True(paragraph.Length > 0, $"empty paragraph {paragraph}");
            Assert.True(model.Body.Contains(paragraph), $"paragraph {paragraph} outside the body {model.Body}");
            Assert.True(paragraph.Start >= previousEnd, $"paragraph {paragraph} overlaps the one before it");
            AssertTrimmed(text, paragraph);
            previousEnd = paragraph.End;
        }

        previousEnd = 0;
        var previousParagraph = 0;
        foreach (var sentence in model.Sentences)
        {
            Assert.InRange(sentence.Paragraph, 0, model.Paragraphs.Count - 1);
            Assert.True(model.Paragraphs[sentence.Paragraph].Contains(sentence.Range),
                $"sentence {sentence.Range} outside its paragraph {model.Paragraphs[sentence.Paragraph]}");
            Assert.True(sentence.Range.Length > 0, $"empty sentence {sentence.Range}");
            Assert.True(sentence.Range.Start >= previousEnd, $"sentence {sentence.Range} overlaps the one before it");
            Assert.True(sentence.Paragraph >= previousParagraph, "sentences out of paragraph order");
            AssertTrimmed(text, sentence.Range);
            previousEnd = sentence.Range.End;
            previousParagraph = sentence.Paragraph;
        }

        // Every paragraph has sentences, and its first and last sentences start and end with it.
        var next = 0;
        for (var i = 0; i < model.Paragraphs.Count; i++)
        {
            Assert.True(next < model.Sentences.Count && model.Sentences[next].Paragraph == i, $"paragraph {i} has no sentence");
            Assert.Equal(model.Paragraphs[i].Start, model.Sentences[next].Range.Start);
            while (next + 1 < model.Sentences.Count && model.Sentences[next + 1].Paragraph == i) next++;
            Assert.Equal(model.Paragraphs[i].End, model.Sentences[next].Range.End);
            next++;
        }
        Assert.Equal(model.Sentences.Count, next);

        foreach (var finding in model.Findings)
        {
            Assert.True(all.Contains(finding.Range), $"finding {finding.Range} outside the text");
            Assert.False(string.IsNullOrWhiteSpace(finding.Message));
        }
        Assert.False(string.IsNullOrWhiteSpace(model.Header.Title));
    }

    private static void AssertTrimmed(string text, TextRange range)
    {
        Assert.False(char.IsWhiteSpace(text[range.Start]), $"{range} starts with whitespace");
        Assert.False(char.IsWhiteSpace(text[range.End - 1]), $"{range} ends with whitespace");
    }
}
