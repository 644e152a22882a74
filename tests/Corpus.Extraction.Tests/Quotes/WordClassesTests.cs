using System.Linq;
using Corpus.Extraction.Quotes.Vocabulary;

namespace Corpus.Extraction.Tests.Quotes;

/// <summary>The kept word classes answer as the vocabulary lists do, for every instance of a word.</summary>
public sealed class WordClassesTests
{
    private static readonly string[] Words =
    {
        "said", "says", "reports", "according", "quoted", "cited", "pointed", "the", "of", "however", "quickly", "family",
        "monday", "may", "jan", "mr", "dr.", "president", "presidents", "spokespeople", "chairmen", "witnesses", "parties",
        "ministry", "statement", "reuters", "osh", "a", "", "'s", "farmers'",
    };

    [Fact]
    public void Classes_are_the_lists_the_word_is_on()
    {
        foreach (var word in Words)
        {
            var expected = (SpeechVerbs.TryGet(word, out var cue) || word is "according" or "quoted" or "cited" or "pointed" ? WordClass.CueStart : 0)
                | (SpeechVerbs.TryGet(word, out cue) && !cue.Noun ? WordClass.VerbOnlyCue : 0)
                | (FunctionWords.IsClosedClass(word) || FunctionWords.IsDeterminer(word) ? WordClass.FunctionWord : 0)
                | (FunctionWords.IsConnective(word) ? WordClass.Connective : 0)
                | (FunctionWords.IsAdverb(word) ? WordClass.Adverb : 0)
                | (TimeWords.IsTimeWord(word) ? WordClass.TimeWord : 0)
                | (TimeWords.IsAmbiguous(word) ? WordClass.AmbiguousTimeWord : 0)
                | (Honorifics.IsHonorific(word) ? WordClass.Honorific : 0)
                | (RoleWords.IsRole(word) ? WordClass.Role : 0)
                | (DescriptionWords.IsDescription(word) ? WordClass.Description : 0)
                | (OrganisationWords.IsHead(word) ? WordClass.OrganisationHead : 0)
                | (OrganisationWords.IsDocument(word) ? WordClass.Document : 0);
            Assert.Equal(expected, WordClasses.Of(word));
            Assert.Equal(expected, WordClasses.Of(new string(word.ToCharArray())));
        }
    }

    [Fact]
    public void Plurals_are_listed_exactly_where_their_singular_is()
    {
        var singulars = FunctionWords.Set("party", "witness", "chairman", "spokesperson", "chief", "bus", "analysis", "church");
        var spellings = RoleWords.InAnyNumber(singulars);
        var candidates = singulars.SelectMany(w => new[] { w, w + "s", w + "es", w + "ies", w.TrimEnd('y') + "ies", w.Replace("man", "men"), w.Replace("person", "people") })
            .Concat(new[] { "parties", "witnesses", "chairmen", "spokespeople", "chiefs", "buses", "busses", "analyses", "churches", "partys", "bu" })
            .Distinct();
        foreach (var candidate in candidates)
        {
            Assert.Equal(singulars.Contains(RoleWords.Singular(candidate)), spellings.Contains(candidate));
        }
    }
}
