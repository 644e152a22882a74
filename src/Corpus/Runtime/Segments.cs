using System;
using System.Collections.Generic;

namespace Corpus.Runtime;

/// <summary>Builds an article's paragraphs and sentences from the flat tables the generator emits.</summary>
internal static class Segments
{
    // paragraphs: pairs (start, length); sentences: triples (start, length, paragraph index).
    public static (IReadOnlyList<Paragraph>, IReadOnlyList<Sentence>) Build(Article article, int[] paragraphs, int[] sentences)
    {
        if (paragraphs.Length % 2 != 0) throw new ArgumentException("Paragraphs come in pairs.", nameof(paragraphs));
        if (sentences.Length % 3 != 0) throw new ArgumentException("Sentences come in triples.", nameof(sentences));

        var paragraphList = new Paragraph[paragraphs.Length / 2];
        for (var i = 0; i < paragraphList.Length; i++)
        {
            paragraphList[i] = new Paragraph(article, i, new TextSpan(paragraphs[2 * i], paragraphs[2 * i + 1]));
        }

        var sentenceList = new Sentence[sentences.Length / 3];
        var byParagraph = new List<Sentence>[paragraphList.Length];
        for (var i = 0; i < sentenceList.Length; i++)
        {
            var paragraph = sentences[3 * i + 2];
            var sentence = new Sentence(paragraphList[paragraph], i, new TextSpan(sentences[3 * i], sentences[3 * i + 1]));
            sentenceList[i] = sentence;
            (byParagraph[paragraph] ??= new List<Sentence>()).Add(sentence);
        }
        for (var i = 0; i < paragraphList.Length; i++)
        {
            if (byParagraph[i] is { } list) paragraphList[i].Sentences = list.AsReadOnly();
        }

        return (Array.AsReadOnly(paragraphList), Array.AsReadOnly(sentenceList));
    }
}
